package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.ClerkWorkbooks;
import org.selfeval.testing.ClerkWorkbooks.Filled;

/**
 * The bureau runs its own framework for 2024 (county-2024): a 2024 submission filled on a built-in
 * template gets R-FRAMEWORK 警告 (错误 when the bureau says so); a 2023 submission on last year's
 * template, and any submission under a built-in framework in effect (the mixed examples inbox), get
 * none.
 */
class YearFrameworkTest {

    @TempDir Path dir;

    @Test
    void anotherFrameworkForTheBureausYearIsQuestioned() throws Exception {
        Filled county = ClerkWorkbooks.county(dir);
        for (Filled other : List.of(ClerkWorkbooks.caiyu(), ClerkWorkbooks.guangzhou())) {
            Path in2024 = dir.resolve(other + "-2024.xlsx");
            ClerkWorkbooks.edit(
                    other.workbook(),
                    in2024,
                    wb ->
                            ClerkWorkbooks.type(
                                    ClerkWorkbooks.row(wb.getSheet("基本信息"), 0, "评价年度"), 1, 2024));
            Evaluation e = ClerkWorkbooks.evaluate(in2024, county.config());
            List<Finding> f = framework(e);
            assertEquals(1, f.size(), other + "\n" + Advice.describe(e.findings()));
            assertEquals(Severity.WARNING, f.get(0).severity());
            assertTrue(
                    f.get(0).message().contains(county.config().framework().title())
                            && f.get(0)
                                    .message()
                                    .contains(
                                            BuiltInFrameworks.get(other.framework())
                                                    .orElseThrow()
                                                    .title()),
                    f.get(0).message());
            assertTrue(
                    f.get(0).source().sheetCell().startsWith("基本信息!B"),
                    f.get(0).source().toString());

            EvaluationConfig strict =
                    county.config().toBuilder().severity("R-FRAMEWORK", Severity.ERROR).build();
            Evaluation blocked = ClerkWorkbooks.evaluate(in2024, strict);
            assertEquals(Severity.ERROR, framework(blocked).get(0).severity());
            assertTrue(blocked.blocked());

            assertEquals(
                    List.of(),
                    framework(ClerkWorkbooks.evaluate(other.workbook(), county.config())),
                    "a 2023 submission on last year's framework");
            assertEquals(
                    List.of(),
                    framework(ClerkWorkbooks.evaluate(in2024, EvaluationConfig.GUANGZHOU_2023)),
                    "built-in frameworks in effect: a mixed inbox");
        }
        assertEquals(List.of(), framework(county.evaluate()), "county-2024's own template");
    }

    private static List<Finding> framework(Evaluation e) {
        return e.findings().stream().filter(f -> f.ruleId().equals("R-FRAMEWORK")).toList();
    }
}
