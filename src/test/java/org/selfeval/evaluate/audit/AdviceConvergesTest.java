package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;

/**
 * The principle of the 校验报告: a clerk who writes every numeric 应为 into its 位置 and hands the workbook
 * in again gets no 错误 but those whose advice is not a number. On the as-published example and on
 * many seeded variants of the corrected one, each written and read back as a real workbook.
 */
class AdviceConvergesTest {

    /** How many seeds the unit and integration phases try between them. */
    static final int SEEDS = 80;

    /** The seeds of the unit phase; {@code AdviceConvergesIT} tries the rest. */
    static final int SAMPLE = 8;

    @TempDir Path dir;

    /**
     * The corrected example with the template's formulas in its auto columns, written once for all
     * seeds.
     */
    @TempDir static Path shared;

    private static Path formulas;

    static Stream<Long> seeds() {
        return LongStream.range(0, SAMPLE).boxed();
    }

    /** The corrected example as a clerk leaves the template's formulas in it (written once). */
    static synchronized Path formulasWorkbook(Path folder) throws Exception {
        if (formulas == null || !Files.exists(formulas)) {
            formulas = folder.resolve("formulas.xlsx");
            StaffWorkbooks.templateFormulas(
                    StaffWorkbooks.CORRECTED,
                    formulas,
                    org.selfeval.framework.BuiltInFrameworks.defaultFramework());
        }
        return formulas;
    }

    @Test
    void asPublishedExampleSoCorrectedIsCleanAndScores9498() throws Exception {
        Path published = Path.of("input-templates", "examples", "huadu-amr-2023-as-published.xlsx");
        Evaluation before = Advice.validate(published);
        assertTrue(before.blocked(), Advice.describe(before.findings()));
        // No advice that only follows from another: K46 (运行成本 小计) and K47 (管理效率 小计) are right once
        // K45 is capped.
        assertFalse(
                before.findings().stream()
                        .anyMatch(
                                f ->
                                        List.of("绩效指标!K46", "绩效指标!K47")
                                                .contains(f.source().sheetCell())),
                Advice.describe(before.findings()));
        Path corrected = dir.resolve("corrected.xlsx");
        Advice.apply(published, before.findings(), corrected);
        Evaluation after = Advice.validate(corrected);
        assertEquals(List.of(), Advice.errors(after.findings()), Advice.describe(after.findings()));
        assertEquals("94.98", Formats.plain(after.scores().total()));
        assertEquals("优", after.scores().grade());
    }

    /**
     * The national table's example (caiyu-2020): full marks for a missed target, rescored with its
     * reason.
     */
    @Test
    void caiyuExampleSoCorrectedIsClean() throws Exception {
        Path published =
                Path.of("input-templates", "examples", "qingshan-agri-2023-as-published.xlsx");
        Evaluation before = Advice.validate(published);
        assertTrue(
                before.findings().stream()
                        .anyMatch(
                                f ->
                                        f.ruleId().equals("R-RESCORE")
                                                && f.message().contains("低于年度指标值")),
                Advice.describe(before.findings()));
        Path corrected = dir.resolve("qingshan-corrected.xlsx");
        Advice.apply(published, before.findings(), corrected);
        Evaluation after = Advice.validate(corrected);
        assertEquals(List.of(), Advice.errors(after.findings()), Advice.describe(after.findings()));
        assertEquals(
                List.of(),
                after.findings().stream()
                        .filter(
                                f ->
                                        f.ruleId().startsWith("R-RESCORE")
                                                || f.ruleId().startsWith("R-SUBTOTAL"))
                        .toList(),
                Advice.describe(after.findings()));
        assertEquals("99.46", Formats.plain(after.scores().total()));
    }

    /** Filled as staff do: scores only in 管理效率; amounts as text beside the template's formulas. */
    @Test
    void staffFilledWorkbooksConvergeToo() throws Exception {
        Path minimal = dir.resolve("minimal.xlsx");
        StaffWorkbooks.scoresOnlyInManagement(minimal);
        Path text = dir.resolve("text.xlsx");
        StaffWorkbooks.amountsAsTextBesideFormulas(text);
        for (Path submitted : List.of(minimal, text)) {
            Evaluation before = Advice.validate(submitted);
            assertEquals(
                    List.of(),
                    Advice.errors(before.findings()),
                    Advice.describe(before.findings()));
            Path corrected = dir.resolve("corrected-" + submitted.getFileName());
            Advice.apply(submitted, before.findings(), corrected);
            Evaluation after = Advice.validate(corrected);
            assertEquals(
                    List.of(), Advice.errors(after.findings()), Advice.describe(after.findings()));
            assertEquals(
                    "94.98",
                    Formats.plain(after.scores().total()),
                    submitted.getFileName().toString());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void applyingEveryNumericAdviceLeavesNoError(long seed) throws Exception {
        converges(dir, new ExampleSlips(seed), seed);
    }

    /**
     * The same slips in a copy whose 差异, 差异率 and 实际支出率 are the template's formulas, as a clerk
     * leaves them.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void convergesWithTheTemplatesFormulasInTheAutoColumns(long seed) throws Exception {
        converges(dir, new ExampleSlips(seed, formulasWorkbook(shared)), seed);
    }

    /**
     * Applies every numeric advice of the slipped workbook's 校验报告 and asserts no applicable error
     * is left.
     */
    static void converges(Path dir, ExampleSlips slips, long seed) throws Exception {
        Path submitted = slips.write(dir.resolve("submitted.xlsx"));
        List<Finding> advice = Advice.validate(submitted).findings();
        assertFalse(
                advice.isEmpty(),
                "seed " + seed + " " + slips.changes + ": the slips went unnoticed");
        Path corrected = dir.resolve("corrected.xlsx");
        Advice.apply(submitted, advice, corrected);
        List<Finding> left =
                Advice.errors(Advice.validate(corrected).findings()).stream()
                        .filter(Advice::applicable)
                        .toList();
        assertEquals(
                List.of(),
                left,
                "seed "
                        + seed
                        + " "
                        + slips.changes
                        + "\nfirst report:\n"
                        + Advice.describe(advice)
                        + "\nafter applying it:\n"
                        + Advice.describe(left));
    }
}
