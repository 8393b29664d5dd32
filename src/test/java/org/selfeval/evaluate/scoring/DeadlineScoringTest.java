package org.selfeval.evaluate.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.IndicatorScore;
import org.selfeval.testing.ClerkWorkbooks;
import org.selfeval.testing.ClerkWorkbooks.Filled;

/**
 * Deadlines as real tables write them, in the 时效指标 row of each framework's filled workbook: 指标性质
 * and 评分方法 left blank (as published tables have them), or 指标性质 时限. Met on or before → full marks;
 * late → 0; a deadline counted from an event keeps the self score and cites the target's cell.
 */
class DeadlineScoringTest {

    @TempDir Path dir;

    /** target, actual, met. */
    private static final String[][] CASES = {
        {"9月前", "7月", "true"},
        {"11月前", "10月", "true"},
        {"9月底前", "2023年9月", "true"},
        {"年底前", "12月20日", "true"},
        {"第三季度", "8月", "true"},
        {"三季度末前", "9月30日", "true"},
        {"上半年", "7月", "false"},
        {"12月31日前", "2023年12月31日", "true"},
        {"2023年9月前", "2023年10月", "false"},
        {"2023年9月前", "2023年7月", "true"},
        {"9月前", "已按时完成", "true"},
        {"9月前", "7月20日", "true"},
        {"9月前", "10月", "false"},
        {"10月以前", "未按时完成", "false"},
        {"九月底前完成", "八月", "true"},
    };

    @Test
    void deadlinesMetOnOrBeforeGetFullMarksUnderEveryFramework() throws Exception {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (Filled filled : ClerkWorkbooks.all(dir)) {
            for (String nature : new String[] {null, "时限"}) {
                for (String[] c : CASES) {
                    int[] at = new int[1];
                    Filled typed =
                            filled.edited(
                                    dir.resolve("d" + n++ + ".xlsx"),
                                    wb -> {
                                        Row r = ClerkWorkbooks.firstOf(wb, "时效指标");
                                        at[0] = r.getRowNum() + 1;
                                        ClerkWorkbooks.type(r, ClerkWorkbooks.NATURE, nature);
                                        ClerkWorkbooks.type(r, ClerkWorkbooks.METHOD, null);
                                        ClerkWorkbooks.type(r, ClerkWorkbooks.TARGET, c[0]);
                                        ClerkWorkbooks.type(r, ClerkWorkbooks.ACTUAL, c[1]);
                                    });
                    Evaluation e = typed.evaluate();
                    IndicatorScore leaf = ClerkWorkbooks.leafAt(e, at[0]);
                    BigDecimal expected =
                            Boolean.parseBoolean(c[2]) ? leaf.weight() : BigDecimal.ZERO;
                    if (leaf.score().compareTo(expected) != 0 || !leaf.method().equals("时限")) {
                        wrong.add(
                                filled
                                        + " 性质="
                                        + nature
                                        + " "
                                        + c[0]
                                        + " / "
                                        + c[1]
                                        + " → "
                                        + leaf.method()
                                        + " "
                                        + leaf.score()
                                        + "（应为 "
                                        + expected
                                        + "）");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    @Test
    void relativeDeadlineKeepsTheSelfScoreAndCitesTheTarget() throws Exception {
        for (Filled filled : ClerkWorkbooks.all(dir)) {
            int[] at = new int[1];
            Filled typed =
                    filled.edited(
                            dir.resolve(filled + "-relative.xlsx"),
                            wb -> {
                                Row r = ClerkWorkbooks.firstOf(wb, "时效指标");
                                at[0] = r.getRowNum() + 1;
                                ClerkWorkbooks.type(r, ClerkWorkbooks.NATURE, null);
                                ClerkWorkbooks.type(r, ClerkWorkbooks.METHOD, null);
                                ClerkWorkbooks.type(r, ClerkWorkbooks.TARGET, "采购前30日");
                                ClerkWorkbooks.type(r, ClerkWorkbooks.ACTUAL, "已按时完成");
                                ClerkWorkbooks.type(r, ClerkWorkbooks.SCORE, 1.5);
                            });
            Evaluation e = typed.evaluate();
            IndicatorScore leaf = ClerkWorkbooks.leafAt(e, at[0]);
            assertEquals(0, leaf.score().compareTo(new BigDecimal("1.5")), filled + ": " + leaf);
            List<Finding> unscorable =
                    e.findings().stream().filter(f -> f.ruleId().equals("S-UNSCORABLE")).toList();
            assertEquals(1, unscorable.size(), filled + ": " + unscorable);
            assertEquals(
                    "绩效指标!F" + at[0], unscorable.get(0).source().sheetCell(), filled.toString());
            assertTrue(unscorable.get(0).message().contains("采购前30日"), unscorable.get(0).message());
            assertTrue(
                    e.findings().stream().noneMatch(f -> f.ruleId().startsWith("R-RESCORE")),
                    e.findings().stream().map(Finding::toString).collect(Collectors.joining("\n")));
        }
    }
}
