package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorScore;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Status;

/**
 * 附表 as the national 部门整体支出绩效自评表 for both built-in frameworks, read back from the .docx the
 * renderer writes: the 预算资金 block, the 年度总体目标 block, the indicator columns with relations and 偏差原因,
 * subtotals only where they add something, the reviewed scores without review marks.
 */
class SelfEvaluationTableTest {

    private static final List<String> BUDGET_HEADER =
            List.of("项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
    private static final List<String> INDICATOR_HEADER =
            List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");

    @Test
    void guangzhouFrameworkPrintsTheBudgetLineItCollectsAndDashesForWhatItDoesNot()
            throws Exception {
        Outcome o = RealExamples.convert(RealExamples.CORRECTED, DocxRendererTest.RENDERER);
        List<List<List<String>>> tables = appendix(o);
        assertEquals(BUDGET_HEADER, tables.get(0).get(0));
        assertEquals(
                List.of("年度资金总额", "—", "22,975.66", "22,918.66", "10", "99.75%", "9.98"),
                tables.get(0).get(1));
        assertEquals(List.of("其中：本年财政拨款", "—", "—", "—", "—", "—", "—"), tables.get(0).get(2));
        assertEquals(
                List.of("上年结转资金", "其他资金"),
                List.of(tables.get(0).get(3).get(0), tables.get(0).get(4).get(0)));
        assertEquals(List.of("预期目标", "实际完成情况"), tables.get(1).get(0));
        assertIndicators(o.evaluation(), tables.get(2));
    }

    @Test
    void nationalFrameworkPrintsItsFundsTableAndTheReasonsForMissedTargets() throws Exception {
        Outcome o =
                RealExamples.convert(
                        RealExamples.DIR.resolve("qingshan-agri-2023-corrected.xlsx"),
                        DocxRendererTest.RENDERER);
        List<List<List<String>>> tables = appendix(o);
        List<String> total = tables.get(0).get(1);
        assertEquals(
                List.of("年度资金总额", "3,530.00", "3,452.38", "10", "97.80%", "9.78"),
                List.of(
                        total.get(0),
                        total.get(2),
                        total.get(3),
                        total.get(4),
                        total.get(5),
                        total.get(6)));
        assertFalse(total.get(1).equals("—"), "年初预算数 from 项目资金: " + total);
        assertEquals("其中：本年财政拨款", tables.get(0).get(2).get(0));
        assertFalse(tables.get(0).get(2).get(2).equals("—"), "本年财政拨款 全年预算数 from 项目资金");
        List<List<String>> indicators = tables.get(2);
        assertIndicators(o.evaluation(), indicators);
        // 预算执行率 is one indicator in one group: no 小计 repeating it.
        assertEquals(
                1,
                indicators.stream().filter(r -> r.get(0).equals("预算执行率")).count(),
                indicators.toString());
        // 青山县 missed two targets; their 完成情况说明 explains why.
        List<IndicatorScore> missed =
                o.evaluation().scores().leaves().stream()
                        .filter(
                                i ->
                                        i.score().compareTo(i.weight()) < 0
                                                && !i.method().equals("支出率"))
                        .toList();
        assertEquals(2, missed.size(), missed.toString());
        for (IndicatorScore i : missed) {
            List<String> row =
                    indicators.stream()
                            .filter(r -> r.get(2).equals(i.name()))
                            .findFirst()
                            .orElseThrow();
            assertEquals(i.row().explanation().value().strip(), row.get(7));
            assertFalse(row.get(7).isBlank(), i.name());
        }
    }

    /**
     * The as-published 青山县 example was rescored: its report prints the reviewed figures, and no
     * review marks.
     */
    @Test
    void aRescoredReportCarriesNoReviewMarks() throws Exception {
        Outcome o =
                RealExamples.convert(
                        RealExamples.DIR.resolve("qingshan-agri-2023-as-published.xlsx"),
                        DocxRendererTest.RENDERER);
        assertEquals(Status.CONVERTED, o.status());
        IndicatorScore rescored =
                o.evaluation().scores().leaves().stream()
                        .filter(
                                i ->
                                        i.reportedScore() != null
                                                && i.reportedScore().compareTo(i.score()) != 0)
                        .findFirst()
                        .orElseThrow();
        List<List<String>> indicators = appendix(o).get(2);
        List<String> row =
                indicators.stream()
                        .filter(r -> r.get(2).equals(rescored.name()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(Formats.plain(rescored.score()), row.get(6), "the reviewed score");
        assertEquals(
                Formats.plain(o.evaluation().scores().total()),
                indicators.get(indicators.size() - 1).get(6));
        String document = documentXml(o.report());
        assertFalse(document.contains("复核"), "no 复核得分 column or note in the published report");
        assertFalse(document.contains("FFF2CC"), "no shaded review cells");
    }

    @Test
    void aLabelTheClerkRepeatedIsStripped() {
        assertEquals(
                "本部门整体绩效实际完成情况：全面完成年度目标。", Texts.labelled("本部门整体绩效实际完成情况：", "实际完成情况：全面完成年度目标。"));
        assertEquals(
                "本部门整体绩效实际完成情况：全面完成年度目标。",
                Texts.labelled("本部门整体绩效实际完成情况：", "本部门整体绩效实际完成情况：全面完成年度目标。"));
        assertEquals(
                "本部门整体绩效实际完成情况：一是全面完成：二是……",
                Texts.labelled("本部门整体绩效实际完成情况：", "一是全面完成：二是……"),
                "a colon later in the text stays");
    }

    /**
     * Every indicator in tree order with its relation and the reviewed score; 小计 only for groups of
     * two or more; 总分.
     */
    private static void assertIndicators(Evaluation e, List<List<String>> rows) {
        assertEquals(INDICATOR_HEADER, rows.get(0));
        int row = 1;
        for (GroupScore level1 : e.scores().groups()) {
            for (GroupScore level2 : level1.children()) {
                for (IndicatorScore ind : level2.indicators()) {
                    List<String> r = rows.get(row++);
                    assertEquals(ind.name(), r.get(2), r.toString());
                    assertEquals(
                            SelfEvaluationTableSection.target(ind.row()), r.get(3), r.toString());
                    String nature = ind.row().nature().value();
                    if (nature.matches("[≥≤]") && !ind.row().target().isBlank()) {
                        assertTrue(
                                r.get(3).matches("^(≥|≤|不少于|不低于|不高于|不超过).*"), "relation in " + r);
                    }
                    assertEquals(Formats.plain(ind.weight()), r.get(5), r.toString());
                    assertEquals(Formats.plain(ind.score()), r.get(6), r.toString());
                }
                if (level2.indicators().size() > 1) {
                    assertEquals(
                            List.of("小计", Formats.plain(level2.score())),
                            List.of(rows.get(row).get(2), rows.get(row).get(6)));
                    row++;
                }
            }
            if (level1.children().size() > 1) {
                assertEquals(
                        List.of("小计", Formats.plain(level1.score())),
                        List.of(rows.get(row).get(1), rows.get(row).get(6)));
                row++;
            }
        }
        assertEquals(
                List.of("总分", Formats.plain(e.scores().total())),
                List.of(rows.get(row).get(0), rows.get(row).get(6)));
        assertEquals(rows.size() - 1, row, "nothing after the 总分");
    }

    /** The appendix's three tables (预算资金, 年度总体目标, 绩效指标), cells as text, merged cells filled in. */
    private static List<List<List<String>>> appendix(Outcome o) throws Exception {
        Docx d = new Docx(o.report());
        int n = d.tables().size();
        return d.tables().subList(n - 3, n).stream()
                .map(
                        t ->
                                Docx.cells(t).stream()
                                        .map(r -> r.stream().map(c -> c.replace("\n", "")).toList())
                                        .toList())
                .toList();
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml"))
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no document.xml");
    }
}
