package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.ClerkWorkbooks;
import org.selfeval.testing.ClerkWorkbooks.Filled;

/**
 * "≤4" as the target of a count of things built, and a ≥ nature with a ≤ target, do not pass
 * without a word.
 */
class TargetDirectionTest {

    @TempDir Path dir;

    @Test
    void directionsAreQuestionedUnderEveryFramework() throws Exception {
        for (Filled filled : ClerkWorkbooks.all(dir)) {
            assertEquals(
                    List.of(),
                    direction(filled.evaluate()),
                    filled + ": the examples' targets are fine");
            int[] at = new int[1];
            Evaluation atMost =
                    filled.edited(
                                    dir.resolve(filled + "-le.xlsx"),
                                    wb -> {
                                        Row r = ClerkWorkbooks.firstOf(wb, "数量指标");
                                        at[0] = r.getRowNum() + 1;
                                        ClerkWorkbooks.type(r, ClerkWorkbooks.NATURE, null);
                                        ClerkWorkbooks.type(r, ClerkWorkbooks.TARGET, "≤4");
                                    })
                            .evaluate();
            List<Finding> f = direction(atMost);
            assertEquals(1, f.size(), filled + " " + Advice.describe(atMost.findings()));
            assertEquals("R-TARGET-DIRECTION", f.get(0).ruleId());
            assertEquals(Severity.INFO, f.get(0).severity());
            assertEquals("绩效指标!F" + at[0], f.get(0).source().sheetCell());

            Evaluation contradicting =
                    filled.edited(
                                    dir.resolve(filled + "-ge-le.xlsx"),
                                    wb -> {
                                        Row r = ClerkWorkbooks.firstOf(wb, "数量指标");
                                        ClerkWorkbooks.type(r, ClerkWorkbooks.NATURE, "≥");
                                        ClerkWorkbooks.type(r, ClerkWorkbooks.TARGET, "不超过4");
                                    })
                            .evaluate();
            f = direction(contradicting);
            assertEquals(1, f.size(), filled + " " + Advice.describe(contradicting.findings()));
            assertEquals("R-NATURE-SIGN", f.get(0).ruleId());
            assertEquals(Severity.WARNING, f.get(0).severity());
            assertEquals("绩效指标!E" + at[0], f.get(0).source().sheetCell());
        }
    }

    private static List<Finding> direction(Evaluation e) {
        return e.findings().stream()
                .filter(f -> List.of("R-TARGET-DIRECTION", "R-NATURE-SIGN").contains(f.ruleId()))
                .toList();
    }
}
