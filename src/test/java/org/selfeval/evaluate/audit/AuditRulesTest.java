package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/** One test per rule the reference and the properties do not already pin. */
class AuditRulesTest {

    private final Evaluator evaluator = new Evaluator();

    private List<Finding> findings(Submission s) {
        return evaluator.evaluate(s, List.of()).findings();
    }

    private static Finding only(List<Finding> fs, String ruleId) {
        List<Finding> hits = fs.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(
                1,
                hits.size(),
                fs.stream()
                        .map(f -> f.ruleId() + " " + f.source().sheetCell() + " " + f.message())
                        .collect(Collectors.joining("\n")));
        return hits.get(0);
    }

    private static GeneratedSubmission base() {
        return GeneratedSubmission.consistent(7);
    }

    @Test
    void requiredFields() {
        Submission s = new SubmissionBuilder("x.xlsx").info("部门名称", "").build();
        List<Finding> fs = findings(s);
        List<Finding> req = fs.stream().filter(f -> f.ruleId().equals("R-REQUIRED")).toList();
        assertEquals(
                List.of("部门名称", "评价年度", "收入决算 合计", "支出决算 合计", "绩效指标"),
                req.stream().map(Finding::item).toList());
        assertTrue(req.stream().allMatch(f -> f.severity() == Severity.ERROR));
        assertEquals("基本信息", req.get(0).source().sheetCell());
        assertEquals("x.xlsx", req.get(0).source().file());
    }

    @Test
    void largeVarianceNeedsAnExplanation() {
        GeneratedSubmission g = base();
        String[] row = g.expenditure.get(1);
        row[1] =
                new BigDecimal(row[2])
                        .multiply(new BigDecimal("1.5"))
                        .add(BigDecimal.TEN)
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString();
        // keep the table consistent: recompute the typed figures and the total
        GeneratedSubmissionFix.refresh(g.expenditure);
        g.info.put("整体支出自评金额", g.expenditure.get(0)[1]);
        row[5] = "";
        Finding f = only(findings(g.build()), "R-VARIANCE-NOTE");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("支出决算!F3", f.source().sheetCell());
    }

    @Test
    void projectRules() {
        Submission s =
                ReferenceExample.correctedWithProject("4", "无预算项目", "10", null, "5", null, "");
        Finding noBudget = only(findings(s), "R-PROJECT-NO-BUDGET");
        assertEquals(Severity.ERROR, noBudget.severity());
        assertEquals("重点项目!D5", noBudget.source().sheetCell());

        Submission lowWithoutNote =
                new SubmissionBuilder("x.xlsx")
                        .info("部门名称", "部")
                        .info("评价年度", "2023")
                        .expenditure("合计", "100", "100", "0", "0", "")
                        .expenditure("项目支出", "100", "100", "0", "0", "")
                        .project("1", "低执行项目", "100", "100", "50", "50", "")
                        .build();
        Finding note = only(findings(lowWithoutNote), "R-PROJECT-NOTE");
        assertEquals("重点项目!G2", note.source().sheetCell());
        assertEquals("50.00%", note.found());

        Submission typedRateWithoutBudget =
                ReferenceExample.correctedWithProject("4", "零预算项目", "0", "0", "0", "12", "");
        assertEquals(
                "重点项目!F5",
                only(findings(typedRateWithoutBudget), "R-PROJECT-RATE").source().sheetCell());
    }

    @Test
    void keyProjectsBeyondProjectSpending() {
        Submission s =
                ReferenceExample.correctedWithProject("4", "大项目", "5000", "5000", "4500", "90", "");
        Finding f = only(findings(s), "R-X-KEY-PROJECTS");
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void rateOfANewItemIsNotComputable() {
        GeneratedSubmission g = base();
        String[] row = g.income.get(1);
        row[2] = "0";
        GeneratedSubmissionFix.refresh(g.income);
        row[4] = "100";
        Finding f = only(findings(g.build()), "R-RATE");
        assertEquals("—", f.expected());
    }

    @Test
    void aTargetTheReportMustStateIsAskedForAtItsCell() {
        Submission s =
                new SubmissionBuilder("x.xlsx")
                        .info("部门名称", "部")
                        .info("评价年度", "2023")
                        .income("合计", "1", "1", "0", "0", "")
                        .expenditure("合计", "1", "1", "0", "0", "")
                        .leaf("履职效能", "产出指标", "数量指标", "", "定性", "", "已完成", "20", "", "20")
                        .build();
        List<Finding> asked =
                findings(s).stream()
                        .filter(
                                f ->
                                        f.ruleId().equals("R-REPORT-TEXT")
                                                && f.source().sheetCell().startsWith("绩效指标!"))
                        .toList();
        assertEquals(1, asked.size(), asked.toString());
        assertEquals("绩效指标!F2", asked.get(0).source().sheetCell());
        assertTrue(asked.get(0).message().contains("年度指标值"), asked.get(0).message());
    }

    @Test
    void weightsMustTotalHundredAndFollowTheFramework() {
        Submission s =
                new SubmissionBuilder("x.xlsx")
                        .info("部门名称", "部")
                        .info("评价年度", "2023")
                        .income("合计", "1", "1", "0", "0", "")
                        .expenditure("合计", "1", "1", "0", "0", "")
                        .leaf("管理效率", "资产管理", "数据质量", "数据质量", "定性", "", "", "3", "", "3")
                        .build();
        List<Finding> fs = findings(s);
        assertEquals("3", only(fs, "R-WEIGHT-TOTAL").found());
        // Both the group (资产管理 10) and the indicator (数据质量 2) differ from the framework.
        assertEquals(
                List.of("资产管理", "数据质量"),
                fs.stream().filter(f -> f.ruleId().equals("R-TREE")).map(Finding::item).toList());
        Finding tree =
                fs.stream()
                        .filter(f -> f.ruleId().equals("R-TREE") && f.item().equals("数据质量"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("2", tree.expected());
        assertEquals("绩效指标!I2", tree.source().sheetCell());
    }

    @Test
    void mechanicalScoreDifferingFromTheEnginesIsAWarningAndTheReportUsesTheEngines() {
        Submission s =
                new SubmissionBuilder("x.xlsx")
                        .info("部门名称", "部")
                        .info("评价年度", "2023")
                        .income("合计", "1", "1", "0", "0", "")
                        .expenditure("合计", "1", "1", "0", "0", "")
                        .leaf(
                                "一级",
                                "产出指标",
                                "数量指标",
                                "检测批次",
                                "≥",
                                "不少于400批次",
                                "200批次",
                                "100",
                                "",
                                "100")
                        .subtotal("一级", "产出指标", "100", "100")
                        .total("100", "100")
                        .build();
        var e = evaluator.evaluate(s, List.of());
        Finding f = only(e.findings(), "R-RESCORE");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("50", f.expected());
        assertEquals("绩效指标!K2", f.source().sheetCell());
        assertEquals(0, new BigDecimal("50").compareTo(e.scores().total()));
        assertEquals("差", e.scores().grade());
        // The subtotals add up as typed, but not to the rescored figure.
        assertEquals(
                2,
                e.findings().stream()
                        .filter(x -> x.ruleId().equals("R-SUBTOTAL-RESCORED"))
                        .count());
    }

    @Test
    void missingAnnualBudget() {
        GeneratedSubmission g = base();
        g.info.remove("全年预算数");
        Finding f = only(findings(g.build()), "R-BUDGET-RATE");
        assertEquals("基本信息", f.source().sheetCell());
    }

    @Test
    void readFindingsComeFirst() {
        Finding read = new Finding("READ-X", Severity.WARNING, null, "", "", "", "读入问题");
        var e = evaluator.evaluate(ReferenceExample.corrected(), List.of(read));
        assertEquals("READ-X", e.findings().get(0).ruleId());
    }
}
