package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.ReadResult;

/**
 * The example workbooks in input-templates/examples, read by the real reader, audited and scored.
 */
class ExampleWorkbooksTest {

    private static final Path EXAMPLES = Path.of("input-templates", "examples");

    private static Evaluation evaluate(String name) {
        ReadResult read = new SubmissionReader().read(EXAMPLES.resolve(name));
        assertTrue(read.readable(), read.findings().toString());
        return new Evaluator().evaluate(read.submission(), read.findings());
    }

    private static String describe(List<Finding> fs) {
        return fs.stream()
                .map(
                        f ->
                                f.ruleId()
                                        + " "
                                        + f.severity().label()
                                        + " "
                                        + f.source().sheetCell()
                                        + " "
                                        + f.item())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void asPublishedReportsEverySlipAtItsCell() {
        Evaluation e = evaluate("huadu-amr-2023-as-published.xlsx");
        List<String> found =
                e.findings().stream()
                        .map(
                                f ->
                                        f.ruleId()
                                                + " "
                                                + f.severity().label()
                                                + " "
                                                + f.source().sheetCell()
                                                + " "
                                                + f.expected()
                                                + "/"
                                                + f.found())
                        .toList();
        assertEquals(
                List.of(
                        "R-DIFF 提示 收入决算!D3 1,603.86/1,603.85",
                        "R-SUM-ROUNDING 提示 收入决算!C3 21,314.55/21,314.56",
                        "R-SCORE-RANGE 错误 绩效指标!K45 2/3",
                        "R-SUBTOTAL 错误 绩效指标!K43 10/9",
                        "R-X-PROJECT-FUNDS 警告 基本信息!B13 4,490.28/4,490.04",
                        "R-X-SELF-EVAL-AMOUNT 警告 基本信息!B14 22,918.66/22,928.75",
                        "R-X-INCOME 提示 支出决算!B3 ≤ 22,918.41/22,918.66"),
                found,
                describe(e.findings()));
        assertTrue(e.blocked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"huadu-amr-2023-corrected.xlsx", "huadu-amr-2023-split"})
    void correctedGivesEveryFigureOfTheReport(String name) {
        Evaluation e = evaluate(name);
        assertFalse(e.blocked(), describe(e.findings()));
        assertTrue(
                e.findings().stream().allMatch(f -> f.severity() == Severity.INFO),
                describe(e.findings()));
        assertEquals(
                List.of("1,603.85 7.52", "1,673.02 7.87", "-69.16 -100.00"), lines(e.income()));
        assertEquals(
                List.of("1,597.97 7.49", "-368.07 -1.96", "1,966.04 77.89"),
                lines(e.expenditure()));
        assertEquals("100.00%", Formats.percent(e.income().share(e.income().details().get(0))));
        assertEquals(
                "80.41%", Formats.percent(e.expenditure().share(e.expenditure().details().get(0))));
        assertEquals(
                "19.59%", Formats.percent(e.expenditure().share(e.expenditure().details().get(1))));
        assertEquals("99.75%", Formats.percent(e.budgetExecutionRate()));
        assertEquals("59.85%", Formats.percent(e.projects().get(0).rate()));
        assertEquals("3.04%", Formats.percent(e.projects().get(1).rate()));
        assertNull(e.projects().get(2).rate());
        GroupScore perf = e.scores().group("履职效能").orElseThrow();
        GroupScore mgmt = e.scores().group("管理效率").orElseThrow();
        assertEquals(
                List.of("17", "20", "9.98"),
                perf.children().stream().map(g -> Formats.plain(g.score())).toList());
        assertEquals(
                List.of("3", "4", "3", "15", "9", "10", "4"),
                mgmt.children().stream().map(g -> Formats.plain(g.score())).toList());
        assertEquals(
                List.of("0", "3", "3", "3", "3", "3", "2"),
                perf.children().get(0).indicators().stream()
                        .map(i -> Formats.plain(i.score()))
                        .toList());
        assertEquals("46.98", Formats.plain(perf.score()));
        assertEquals("48", Formats.plain(mgmt.score()));
        assertEquals("94.98", Formats.plain(e.scores().total()));
        assertEquals("优", e.scores().grade());
    }

    private static List<String> lines(org.selfeval.model.Comparison c) {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(c.total()), c.details().stream())
                .map(l -> Formats.amount(l.difference()) + " " + Formats.rate(l.rate()))
                .toList();
    }
}
