package org.selfeval.evaluate.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.evaluate.audit.SubmissionBuilder;
import org.selfeval.evaluate.config.ConfigLoader;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.ManagementData;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

class ScoringMethodsTest {

    private final ScoringMethods methods = ScoringMethods.standard();
    private final EvaluationConfig config = EvaluationConfig.GUANGZHOU_2023;

    private static IndicatorRow row(
            String nature, String target, String actual, String weight, String score) {
        return new SubmissionBuilder("t.xlsx")
                .leaf("一", "二", "三", "指标", nature, target, actual, weight, "", score)
                .build()
                .indicators()
                .get(0);
    }

    private String score(String method, IndicatorRow row, ScoringContext ctx) {
        ScoreResult r = methods.find(method).orElseThrow().score(row, row.weight().value(), ctx);
        return r.scored() ? Formats.plain(r.score()) : "unscorable";
    }

    private ScoringContext ctx() {
        return new ScoringContext(config, ManagementData.empty(), null);
    }

    private ScoringContext ctx(Submission managementOnly) {
        return new ScoringContext(config, managementOnly.management(), null);
    }

    @Test
    void expenditureRateIsRateTimesWeightCapped() {
        IndicatorRow r = row("≥", "100%", "", "10", "9.98");
        assertEquals(
                "9.98",
                score(
                        "支出率",
                        r,
                        new ScoringContext(
                                config, ManagementData.empty(), new BigDecimal("99.7519"))));
        assertEquals(
                "10",
                score(
                        "支出率",
                        r,
                        new ScoringContext(config, ManagementData.empty(), new BigDecimal("104"))));
        assertEquals("unscorable", score("支出率", r, ctx()));
    }

    @ParameterizedTest
    @CsvSource({
        "不少于150台, 287台, 3",
        "≥50个, 50个, 3",
        "不低于90%, 94.68%, 3",
        "150, 75, 1.5",
        "不少于600宗, 0宗, 0",
        "≤90万元, 80万元, 3",
        "不少于150台, 很多, unscorable",
        "'', 287台, unscorable",
    })
    void positive(String target, String actual, String expected) {
        assertEquals(expected, score("正向", row("≥", target, actual, "3", null), ctx()));
    }

    @Test
    void positiveWithoutPartialCreditIsFullOrNothing() {
        EvaluationConfig strict = config.toBuilder().positivePartialCredit(false).build();
        ScoringContext c = new ScoringContext(strict, ManagementData.empty(), null);
        assertEquals("0", score("正向", row("≥", "150", "149", "3", null), c));
        assertEquals("3", score("正向", row("≥", "150", "150", "3", null), c));
    }

    @ParameterizedTest
    @CsvSource({"≤90万元, 90万元, 2", "≤90万元, 120万元, 1.5", "不超过10%, 5%, 2", "≤0, 0, 2", "≤0, 5, 0"})
    void reverse(String target, String actual, String expected) {
        assertEquals(expected, score("反向", row("≤", target, actual, "2", null), ctx()));
    }

    @Test
    void reverseWithDeductionPerPoint() {
        EvaluationConfig perPoint =
                config.toBuilder().reverseDeductionPerPoint(new BigDecimal("0.5")).build();
        ScoringContext c = new ScoringContext(perPoint, ManagementData.empty(), null);
        assertEquals("1", score("反向", row("≤", "≤10%", "12%", "2", null), c));
        assertEquals("0", score("反向", row("≤", "≤10%", "30%", "2", null), c));
    }

    @ParameterizedTest
    @CsvSource({"一套5枚, 一套5枚, 3", "5, 4, 0", "100%, 100%, 3", "建成市场, 已建成, unscorable"})
    void equalsMethod(String target, String actual, String expected) {
        assertEquals(expected, score("等于", row("=", target, actual, "3", null), ctx()));
    }

    @ParameterizedTest
    @CsvSource({
        "于2023年12月10日前, 2023年12月10日前完成, 2",
        "2023年12月10日前, 2023年11月30日, 2",
        "2023年12月10日前, 2023-12-11, 0",
        "2023年12月10日前, 未完成, 0",
        "年底前, 2023年12月1日, 2",
        "采购前30日, 已按时完成, unscorable",
        "12月10日前, 12月, unscorable",
        "2023年12月10日前, 已完成, unscorable",
    })
    void deadline(String target, String actual, String expected) {
        assertEquals(expected, score("时限", row("时限", target, actual, "2", null), ctx()));
    }

    @ParameterizedTest
    @CsvSource({"≥90%, 90%, 2", "≥90%, 89.99%, 0"})
    void threshold(String target, String actual, String expected) {
        assertEquals(expected, score("阈值", row("≥", target, actual, "2", null), ctx()));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "4份, 0", "无, 1", "一些, unscorable"})
    void zeroTolerance(String actual, String expected) {
        assertEquals(expected, score("零容忍", row("≤", "0", actual, "1", null), ctx()));
    }

    @ParameterizedTest
    @CsvSource({"1.5, 1.5", "3, 2", "-1, 0"})
    void qualitativeKeepsTheDepartmentsScoreWithinBounds(String own, String expected) {
        assertEquals(expected, score("定性", row("定性", "", "", "2", own), ctx()));
    }

    @Test
    void formulaIndicatorsUseManagementData() {
        Submission m =
                new SubmissionBuilder("t.xlsx")
                        .management("公用经费实际支出", "1139.68")
                        .management("公用经费预算", "1149.77")
                        .management("三公经费实际支出", "145.46")
                        .management("三公经费预算", "155.55")
                        .management("在用固定资产总额", "1952.31")
                        .management("固定资产总额", "1952.31")
                        .management("结转结余金额", "0")
                        .management("超期备案合同数", "4")
                        .build();
        IndicatorRow r = row("定性", "", "", "2", null);
        assertEquals("2", score("公用经费控制率", r, ctx(m)));
        assertEquals("2", score("三公经费控制", r, ctx(m)));
        assertEquals("2", score("固定资产利用率", r, ctx(m)));
        assertEquals("2", score("结转结余率", r, ctx(m)));
        assertEquals("0", score("合同备案时效", r, ctx(m)));
        Submission over =
                new SubmissionBuilder("t.xlsx")
                        .management("公用经费实际支出", "1200")
                        .management("公用经费预算", "1149.77")
                        .management("三公经费实际支出", "160")
                        .management("三公经费预算", "155.55")
                        .management("在用固定资产总额", "1700")
                        .management("固定资产总额", "1952.31")
                        .management("结转结余金额", "12.5")
                        .management("超期备案合同数", "0")
                        .build();
        assertEquals("0", score("公用经费控制率", r, ctx(over)));
        assertEquals("0", score("三公经费控制", r, ctx(over)));
        assertEquals("0", score("固定资产利用率", r, ctx(over)));
        assertEquals("0", score("结转结余率", r, ctx(over)));
        assertEquals("2", score("合同备案时效", r, ctx(over)));
        for (String formula : List.of("公用经费控制率", "三公经费控制", "固定资产利用率", "结转结余率", "合同备案时效")) {
            assertEquals("unscorable", score(formula, r, ctx()), formula);
        }
    }

    @Test
    void blankMethodFollowsNameThenNature() {
        MethodChoice choice = new MethodChoice(config);
        assertEquals(
                "三公经费控制",
                choice.methodFor(
                        new SubmissionBuilder("t")
                                .leaf(
                                        "管理效率",
                                        "运行成本",
                                        "\"三公\"经费控制情况",
                                        "“三公”经费控制情况",
                                        "≤",
                                        "",
                                        "",
                                        "2",
                                        "",
                                        "2")
                                .build()
                                .indicators()
                                .get(0)));
        assertEquals(
                "支出率",
                choice.methodFor(
                        new SubmissionBuilder("t")
                                .leaf(
                                        "履职效能",
                                        "部门预算资金支出率",
                                        "",
                                        "执行数÷全年预算数",
                                        "",
                                        "",
                                        "",
                                        "10",
                                        "",
                                        null)
                                .build()
                                .indicators()
                                .get(0)));
        assertEquals("正向", choice.methodFor(row("≥", "", "", "1", null)));
        assertEquals("反向", choice.methodFor(row("≤", "", "", "1", null)));
        assertEquals("等于", choice.methodFor(row("=", "", "", "1", null)));
        assertEquals("时限", choice.methodFor(row("时限", "", "", "1", null)));
        assertEquals("定性", choice.methodFor(row("定性", "不少于3人", "", "1", null)));
        assertEquals("时限", choice.methodFor(row("", "于2023年12月10日前", "", "1", null)));
        assertEquals("正向", choice.methodFor(row("", "不少于150台", "", "1", null)));
    }

    @Test
    void unparseableIndicatorKeepsOwnScoreWithANote() {
        Submission s =
                new SubmissionBuilder("t.xlsx")
                        .leaf("一", "二", "三", "指标", "≥", "大幅提升", "明显提升", "5", "", "4")
                        .total("5", "4")
                        .build();
        ScoringOutcome o = new Scorer(config, methods).score(s, null);
        assertEquals("4", Formats.plain(o.card().total()));
        assertEquals("S-UNSCORABLE", o.findings().get(0).ruleId());
        assertEquals("绩效指标!H2", o.findings().get(0).source().sheetCell());
    }

    /**
     * S-NO-SCORE: an indicator that cannot be scored and has no 自评得分 counts 0, with a 警告 at the
     * empty score cell.
     */
    @Test
    void unscorableIndicatorWithoutOwnScoreCountsZeroWithAWarning() {
        Submission s =
                new SubmissionBuilder("t.xlsx")
                        .leaf("一", "二", "三", "指标", "≥", "大幅提升", "明显提升", "5", "", null)
                        .total("5", null)
                        .build();
        ScoringOutcome o = new Scorer(config, methods).score(s, null);
        assertEquals("0", Formats.plain(o.card().total()));
        assertEquals(
                List.of("S-UNSCORABLE", "S-NO-SCORE"),
                o.findings().stream().map(Finding::ruleId).toList());
        Finding noScore = o.findings().get(1);
        assertEquals(Severity.WARNING, noScore.severity());
        assertEquals("绩效指标!K2", noScore.source().sheetCell(), "the empty 自评得分 cell");
        assertEquals("指标", noScore.item());
        assertTrue(noScore.message().contains("自评得分为空，暂按 0 分计"), noScore.message());
    }

    /**
     * A method registered from outside scores like a built-in one; a name already taken is refused.
     */
    @Test
    void aMethodRegisteredFromOutsideScores() {
        ScoringMethods more = methods.with("满分", (row, weight, ctx) -> ScoreResult.of(weight));
        Submission s =
                new SubmissionBuilder("t.xlsx")
                        .leaf("一", "二", "三", "指标", "≥", "10", "1", "5", "满分", "2")
                        .build();
        ScoringOutcome o = new Scorer(config, more).score(s, null);
        assertEquals("5", Formats.plain(o.card().total()));
        assertTrue(
                o.findings().stream().noneMatch(f -> f.ruleId().equals("S-UNKNOWN-METHOD")),
                o.findings().toString());
        assertEquals(
                "S-UNKNOWN-METHOD",
                new Scorer(config, methods).score(s, null).findings().get(0).ruleId());
        assertThrows(
                IllegalArgumentException.class,
                () -> methods.with("正向", (row, weight, ctx) -> ScoreResult.of(weight)));
    }

    @Test
    void unknownMethodIsReported() {
        Submission s =
                new SubmissionBuilder("t.xlsx")
                        .leaf("一", "二", "三", "指标", "≥", "10", "10", "5", "魔法", "5")
                        .build();
        ScoringOutcome o = new Scorer(config, methods).score(s, null);
        assertEquals("S-UNKNOWN-METHOD", o.findings().get(0).ruleId());
        assertEquals("5", Formats.plain(o.card().total()));
    }

    @ParameterizedTest
    @CsvSource({"90, 优", "89.99, 良", "80, 良", "60, 中", "59.99, 差", "0, 差"})
    void grades(String total, String grade) {
        assertEquals(grade, config.grade(new BigDecimal(total)));
    }

    @Test
    void quantitiesAcceptFullWidthAndCommas() {
        assertEquals(new BigDecimal("1234"), Quantity.single("１，２３４台").orElseThrow());
        assertEquals(new BigDecimal("94.68"), Quantity.single("94.68%").orElseThrow());
        assertFalse(Quantity.single("15年以上 150台").isPresent(), "two numbers are ambiguous");
        assertFalse(ConfigLoader.OVERRIDE_FILE_NAME.isEmpty());
    }
}
