package org.selfeval.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.Finding;
import org.selfeval.testing.ProjectFill;

/**
 * The shipped 评分规则 at their boundaries: the execution-rate caps on the total and the deduction for
 * a target passed by far.
 */
class ProjectRulesTest {

    @TempDir Path dir;

    /** 预算 1000, 执行 as given; indicators all full (90 分), so the sum is 90 + 执行率 × 10. */
    @ParameterizedTest(name = "执行率 {0}% → 总分 {1}")
    @CsvSource({
        "80.00, 98, ''",
        "79.99, 89, 执行率70%–80%",
        "70.00, 89, 执行率70%–80%",
        "69.99, 79, 执行率60%–70%",
        "60.00, 79, 执行率60%–70%",
        "59.99, 69, 执行率低于60%",
        "50.00, 69, 执行率低于60%",
        "49.99, 59, 执行率低于50%"
    })
    void theTotalIsCappedByTheExecutionRate(String rate, String total, String rule)
            throws IOException {
        String executed = new BigDecimal(rate).multiply(BigDecimal.TEN).toPlainString();
        Path file =
                ProjectSamples.write(
                        dir,
                        "p.xlsx",
                        1,
                        wb -> {
                            ProjectFill p = ProjectSamples.sheet(wb, 1);
                            ProjectSamples.clean(p, "执行率边界");
                            p.funds("年度资金总额", "1000", "1000", executed);
                            p.funds("其中：本年财政拨款", "1000", "1000", executed);
                            p.funds("上年结转资金", "0", "0", "0");
                        });
        ProjectEvaluation e = ProjectSamples.evaluate(ProjectSamples.read(file), 0);
        assertEquals(
                0,
                new BigDecimal(total)
                        .compareTo(e.total().setScale(0, java.math.RoundingMode.HALF_UP)),
                e.total().toString());
        List<Finding> rules =
                e.findings().stream().filter(f -> f.ruleId().equals("P-RULE")).toList();
        if (rule.isEmpty()) {
            assertNull(e.cap());
            assertEquals(List.of(), e.findings());
        } else {
            assertEquals(rule, e.cap().name());
            assertEquals(1, rules.size(), e.findings().toString());
            Finding f = rules.get(0);
            assertEquals(total, f.expected());
            assertTrue(f.source().sheetCell().startsWith("项目1!H"), f.source().toString());
            assertTrue(f.message().contains("按评分规则“" + rule + "”"), f.message());
        }
    }

    @ParameterizedTest(name = "实际 {0}（目标 ≥100）→ 得分 {1}")
    @CsvSource({"129.99, 20, false", "130, 18, true", "200, 18, true", "100, 20, false"})
    void aResultPassingItsTargetByThirtyPercentLosesTwoPoints(
            String actual, String score, boolean fires) throws IOException {
        int[] row = new int[1];
        Path file =
                ProjectSamples.write(
                        dir,
                        "p.xlsx",
                        1,
                        wb -> {
                            ProjectFill p = ProjectSamples.sheet(wb, 1);
                            p.key("项目名称", "超额边界").key("主管部门", "某局").key("评价年度", "2023");
                            p.funds("年度资金总额", "100", "100", "100");
                            p.funds("其中：本年财政拨款", "100", "100", "100");
                            row[0] =
                                    p.indicator(
                                            "产出指标", "数量指标", "培训人次", "≥100", actual, "20", "20",
                                            null);
                            p.indicator("产出指标", "质量指标", "培训合格率", "≥90%", "95%", "30", "30", null);
                            p.indicator("效益指标", "社会效益指标", "就业率", "≥60%", "70%", "30", "30", null);
                            p.indicator(
                                    "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%", "10", "10", null);
                        });
        ProjectEvaluation e = ProjectSamples.evaluate(ProjectSamples.read(file), 0);
        List<Finding> rules =
                e.findings().stream().filter(f -> f.ruleId().equals("P-RULE")).toList();
        assertEquals(fires ? 1 : 0, rules.size(), e.findings().toString());
        assertEquals(0, new BigDecimal(score).compareTo(e.indicators().get(0).score()));
        if (fires) {
            assertEquals("H" + (row[0] + 1), rules.get(0).source().cell());
            assertEquals(score, rules.get(0).expected());
            assertTrue(rules.get(0).message().contains("超出年度指标值≥30%"), rules.get(0).message());
        }
    }
}
