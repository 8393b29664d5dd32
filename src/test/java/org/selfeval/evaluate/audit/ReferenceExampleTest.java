package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Severity;

/**
 * The published report, recomputed: every slip it contains is found at its cell; the corrected data
 * gives its figures.
 */
class ReferenceExampleTest {

    private final Evaluator evaluator = new Evaluator();

    private Evaluation published() {
        return evaluator.evaluate(ReferenceExample.asPublished(), List.of());
    }

    private Evaluation corrected() {
        return evaluator.evaluate(ReferenceExample.corrected(), List.of());
    }

    private static String describe(List<Finding> findings) {
        return findings.stream()
                .map(
                        f ->
                                f.ruleId()
                                        + " "
                                        + f.severity().label()
                                        + " "
                                        + f.source().sheetCell()
                                        + " "
                                        + f.item()
                                        + " expected="
                                        + f.expected()
                                        + " found="
                                        + f.found())
                .collect(Collectors.joining("\n"));
    }

    private static Finding only(Evaluation e, String ruleId, String cell) {
        List<Finding> hits =
                e.findings().stream()
                        .filter(
                                f ->
                                        f.ruleId().equals(ruleId)
                                                && f.source().sheetCell().equals(cell))
                        .toList();
        assertEquals(1, hits.size(), ruleId + " at " + cell + " in\n" + describe(e.findings()));
        return hits.get(0);
    }

    /** The findings about figures (the report's texts have tests of their own). */
    private static List<Finding> figureFindings(Evaluation e) {
        return e.findings().stream().filter(f -> !f.ruleId().equals("R-REPORT-TEXT")).toList();
    }

    @Test
    void publishedSlipsAreEachFoundAtTheirCell() {
        Evaluation e = published();
        Finding assets = only(e, "R-SUBTOTAL", "绩效指标!K43");
        assertEquals(Severity.ERROR, assets.severity());
        assertEquals("资产管理 小计", assets.item());
        assertEquals("10", assets.expected());
        assertEquals("9", assets.found());

        Finding threeCosts = only(e, "R-SCORE-RANGE", "绩效指标!K45");
        assertEquals(Severity.ERROR, threeCosts.severity());
        assertEquals("“三公”经费实际支出不超过预算", threeCosts.item());
        assertEquals("3", threeCosts.found());
        assertTrue(
                threeCosts.message().startsWith("“‘三公’经费实际支出不超过预算”自评得分 3 分超出分值范围"),
                threeCosts.message());

        assertEquals("2", threeCosts.expected(), "capped at its 分值, the score its formula gives");

        // 运行成本 小计 4 (K46) and 管理效率 小计 48 (K47) are right once K45 is capped and K43 corrected: no
        // advice that only follows from those two, which would lead a clerk astray.
        assertTrue(
                e.findings().stream()
                        .noneMatch(
                                f ->
                                        f.source().sheetCell().equals("绩效指标!K46")
                                                || f.source().sheetCell().equals("绩效指标!K47")),
                describe(e.findings()));

        // The 合计's 差异 follows the rounding note of C3, as a note of its own.
        Finding implied = only(e, "R-DIFF", "收入决算!D3");
        assertEquals(Severity.INFO, implied.severity());
        assertEquals("1,603.86", implied.expected());
        assertTrue(implied.message().contains("收入决算!C3"), implied.message());

        Finding funds = only(e, "R-X-PROJECT-FUNDS", "基本信息!B13");
        assertEquals(Severity.WARNING, funds.severity());
        assertEquals("4,490.28", funds.expected());
        assertEquals("4,490.04", funds.found());

        Finding selfEval = only(e, "R-X-SELF-EVAL-AMOUNT", "基本信息!B14");
        assertEquals(Severity.WARNING, selfEval.severity());
        assertEquals("22,918.66", selfEval.expected());
        assertEquals("22,928.75", selfEval.found());

        Finding rounding = only(e, "R-SUM-ROUNDING", "收入决算!C3");
        assertEquals(Severity.INFO, rounding.severity());
        assertEquals("21,314.55", rounding.expected());
        assertEquals("21,314.56", rounding.found());

        Finding overspent = only(e, "R-X-INCOME", "支出决算!B3");
        assertEquals(Severity.INFO, overspent.severity());
        assertTrue(overspent.message().contains("0.25"), overspent.message());

        assertEquals(7, figureFindings(e).size(), describe(e.findings()));
        assertTrue(e.blocked());
    }

    @Test
    void correctedDataHasNoErrorAndOnlyTheThreeNotes() {
        Evaluation e = corrected();
        assertFalse(e.blocked(), describe(e.findings()));
        assertEquals(
                List.of("R-DIFF", "R-SUM-ROUNDING", "R-X-INCOME"),
                figureFindings(e).stream().map(Finding::ruleId).toList(),
                describe(e.findings()));
    }

    @Test
    void correctedComparisonsMatchTheReport() {
        Evaluation e = corrected();
        assertLine(e.income().total(), "1,603.85", "7.52");
        assertLine(e.income().details().get(0), "1,673.02", "7.87");
        assertLine(e.income().details().get(1), "-69.16", "-100.00");
        assertLine(e.expenditure().total(), "1,597.97", "7.49");
        assertLine(e.expenditure().details().get(0), "-368.07", "-1.96");
        assertLine(e.expenditure().details().get(1), "1,966.04", "77.89");
        assertEquals("100.00%", Formats.percent(e.income().share(e.income().details().get(0))));
        assertEquals(
                "80.41%", Formats.percent(e.expenditure().share(e.expenditure().details().get(0))));
        assertEquals(
                "19.59%", Formats.percent(e.expenditure().share(e.expenditure().details().get(1))));
    }

    private static void assertLine(ComparisonLine line, String difference, String rate) {
        assertEquals(difference, Formats.amount(line.difference()), line.item());
        assertEquals(rate, Formats.rate(line.rate()), line.item());
    }

    @Test
    void correctedExecutionRatesMatchTheReport() {
        Evaluation e = corrected();
        assertEquals("99.75%", Formats.percent(e.budgetExecutionRate()));
        assertEquals("59.85%", Formats.percent(e.projects().get(0).rate()));
        assertEquals("3.04%", Formats.percent(e.projects().get(1).rate()));
        assertNull(e.projects().get(2).rate(), "0 ÷ 0 is not computable");
    }

    @Test
    void correctedScoresMatchTheReport() {
        Evaluation e = corrected();
        GroupScore perf = e.scores().group("履职效能").orElseThrow();
        GroupScore mgmt = e.scores().group("管理效率").orElseThrow();
        assertEquals("46.98", Formats.plain(perf.score()));
        assertEquals("48", Formats.plain(mgmt.score()));
        assertEquals(
                List.of("17", "20", "9.98"),
                perf.children().stream().map(g -> Formats.plain(g.score())).toList());
        assertEquals(
                List.of("3", "4", "3", "15", "9", "10", "4"),
                mgmt.children().stream().map(g -> Formats.plain(g.score())).toList());
        assertEquals(List.of("0", "3", "3", "3", "3", "3", "2"), scores(perf.children().get(0)));
        assertEquals(List.of("7", "7", "6"), scores(perf.children().get(1)));
        assertEquals("支出率", perf.children().get(2).indicators().get(0).method());
        assertEquals("94.98", Formats.plain(e.scores().total()));
        assertEquals("优", e.scores().grade());
    }

    @Test
    void publishedScoresClampTheOverScoredItemAndGiveTheSameTotal() {
        Evaluation e = published();
        GroupScore running = e.scores().group("管理效率").orElseThrow().children().get(6);
        assertEquals("运行成本", running.name());
        assertEquals(List.of("2", "2"), scores(running));
        assertEquals("三公经费控制", running.indicators().get(1).method());
        assertEquals("94.98", Formats.plain(e.scores().total()));
    }

    private static List<String> scores(GroupScore g) {
        return g.indicators().stream().map(IndicatorScore::score).map(Formats::plain).toList();
    }
}
