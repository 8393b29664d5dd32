package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.CellRef;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorRowKind;
import org.selfeval.model.Num;
import org.selfeval.model.Text;

/**
 * The generated sentences for inputs the examples do not cover: other ways staff type the same
 * thing.
 */
class SentencesTest {

    private static final String DEPT = "某区某局";

    @Test
    void namesSplitOnSeparatorsOutsideBrackets() {
        assertEquals(
                List.of("办公室", "执法一科（执法一大队、二大队）", "人事科"),
                NameList.names(List.of("办公室、执法一科（执法一大队、二大队）；人事科。")));
        assertEquals(
                List.of("办公室", "人事科"), NameList.names(List.of("办公室", "人事科")), "one name a line");
    }

    @Test
    void bodiesAreCountedAndBlanksSaid() {
        assertEquals(
                "某区某局内设机构2个：办公室、人事科。",
                OverviewSection.bodies(DEPT, List.of("办公室", "人事科"), List.of()));
        assertEquals("某区某局无内设机构。", OverviewSection.bodies(DEPT, List.of(), List.of()));
        assertTrue(OverviewSection.typedAsSentences(List.of("本局内设机构2个：办公室、人事科。")));
        assertFalse(OverviewSection.typedAsSentences(List.of("办公室、人事科")));
    }

    @Test
    void subordinatesTailOrSentence() {
        assertEquals(
                "某区某局下属单位2个：甲中心、乙所。", OverviewSection.subordinates(DEPT, List.of("2个：甲中心、乙所")));
        assertEquals("本局无下属单位。", OverviewSection.subordinates(DEPT, List.of("本局无下属单位")));
        assertEquals("某区某局无下属单位。", OverviewSection.subordinates(DEPT, List.of()));
    }

    @Test
    void scopeCountsOnlyIndependentlyBudgetedUnits() {
        assertEquals(
                "（含本级及下属单位2个）", PerformanceManagementSection.scope("5个：其中3个非独立预算单位……；2个独立预算单位：……"));
        assertEquals("", PerformanceManagementSection.scope("3个非独立预算单位"));
        assertEquals("", PerformanceManagementSection.scope(""));
    }

    @Test
    void targetsSayTheirNatureInWords() {
        assertEquals("抽检老旧电梯数量不少于150台", target("抽检老旧电梯数量", "≥", "150", "台"));
        assertEquals("企业年报率不低于90%", target("企业年报率", "≥", "90", "%"));
        assertEquals("投诉处理时长不超过15天", target("投诉处理时长", "≤", "15", "天"));
        assertEquals("整改率为100%", target("整改率", "=", "100", "%"));
        assertEquals("完成时限于2023年12月10日前", target("完成时限", "时限", "2023年12月10日前", ""));
        assertEquals("改造成效：建成示范市场", target("改造成效", "定性", "建成示范市场", ""));
        assertEquals(
                "检测批次不少于400批次", target("检测批次", "≥", "不少于400批次", ""), "free text kept as typed");
    }

    private static String target(String content, String nature, String target, String unit) {
        CellRef at = CellRef.of("x.xlsx", "绩效指标", "A2");
        Text blank = Text.blank(at);
        IndicatorRow row =
                new IndicatorRow(
                        IndicatorRowKind.LEAF,
                        new Text("履职效能", at),
                        new Text("产出指标", at),
                        new Text("数量指标", at),
                        new Text(content, at),
                        new Text(nature, at),
                        new Text(target, at),
                        new Text(unit, at),
                        blank,
                        Num.blank(at),
                        blank,
                        Num.blank(at),
                        blank,
                        at);
        return IndicatorAnalysisSection.targetText(row);
    }
}
