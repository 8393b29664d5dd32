package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.report.docx.Column;
import org.selfeval.report.docx.ColumnWidths;
import org.selfeval.report.docx.TableSpec;

/**
 * Columns sized by content: what the rendered tables rely on, checked on the real tables' shapes.
 */
class ColumnWidthsTest {

    private static final String LONG = "主要原因：一是年中因工作需要追加专项资金较上年增加2336万元，二是追加死亡抚恤金较上年增加156万元。";

    @Test
    void figuresGetTheirWidestCellShortTextStaysWholeAndExplanationsTakeTheRest() {
        List<Column> cols =
                List.of(
                        Column.text("项目"),
                        Column.figure("2023年决算\n(万元)"),
                        Column.figure("差异率\n(%)"),
                        Column.text("差异说明"));
        List<List<String>> rows =
                List.of(
                        List.of("合计", "22,918.41", "7.52", ""),
                        List.of("财政拨款收入", "22,918.41", "7.87", LONG),
                        List.of("其他收入", "0.00", "-100.00", LONG));
        List<Column> sized = new TableSpec(cols, rows).columns();
        assertEquals(TableSpec.TEXT_WIDTH, sized.stream().mapToInt(Column::width).sum());
        assertEquals(
                ColumnWidths.width("财政拨款收入"), sized.get(0).width(), "a short name on one line");
        assertEquals(
                ColumnWidths.width("2023年决算"),
                sized.get(1).width(),
                "the header line is the widest");
        assertEquals(ColumnWidths.width("-100.00"), sized.get(2).width());
        assertEquals(
                TableSpec.TEXT_WIDTH
                        - sized.get(0).width()
                        - sized.get(1).width()
                        - sized.get(2).width(),
                sized.get(3).width(),
                "the explanation takes what is left");
    }

    @Test
    void mergedGroupColumnsKeepToTwoCharactersAndGiveTheirRoomToTheContent() {
        List<Column> cols =
                List.of(
                        Column.text("一级\n指标"),
                        Column.text("二级\n指标"),
                        Column.text("指标内容"),
                        Column.figure("分值"));
        List<List<String>> rows =
                List.of(
                        List.of("履职效能", "部门预算资金支出率", LONG, "10"),
                        List.of("履职效能", "部门预算资金支出率", "小计", "10"));
        TableSpec merged = new TableSpec(cols, rows, List.of(), 2);
        TableSpec plain = new TableSpec(cols, rows);
        assertEquals(ColumnWidths.width("两字"), merged.columns().get(0).width());
        assertEquals(ColumnWidths.width("两字"), merged.columns().get(1).width());
        assertTrue(
                merged.columns().get(2).width() > plain.columns().get(2).width(),
                "content gains what the groups give");
    }

    @Test
    void aLongValueInALabelColumnWrapsRatherThanPushTheTableOffThePage() {
        String sentence = "按《政府采购促进中小企业发展管理办法》预留份额并按规定公开";
        List<Column> cols = List.of(Column.figure("应为"), Column.text("修改说明"));
        List<Column> sized = new TableSpec(cols, List.of(List.of(sentence, LONG))).columns();
        assertTrue(
                sized.get(0).width() <= TableSpec.TEXT_WIDTH * 0.22 + 1,
                "capped: " + sized.get(0).width());
        assertEquals(TableSpec.TEXT_WIDTH, sized.get(0).width() + sized.get(1).width());
    }

    /**
     * The 校验报告 of a folder: the place names the file, on a line of its own over the cell, both kept
     * whole, and 修改说明 keeps more than ten characters a line (with 位置 a column of its own holding
     * "预算表.xlsx 收入决算!C3" it kept about five).
     */
    @Test
    void aPlaceWithAFileNameStaysWholeAndTheExplanationKeepsItsRoom() {
        List<Column> cols =
                List.of(
                        Column.centred("序号"),
                        Column.centred("严重程度\n规则"),
                        Column.text("位置与项目"),
                        Column.figure("应为"),
                        Column.figure("填报值"),
                        Column.text("修改说明"));
        List<List<String>> rows =
                List.of(
                        List.of(
                                "1",
                                "提示\n合计尾差",
                                "预算表.xlsx\n收入决算!C3\n收入决算 合计（上年决算）",
                                "21,314.55",
                                "21,314.56",
                                LONG),
                        List.of(
                                "2",
                                "警告\n项目资金核对",
                                "绩效指标.xlsx\n绩效指标!K45\n“三公”经费实际支出不超过预算",
                                "≤\u00A022,918.41",
                                "22,918.66",
                                LONG + LONG));
        List<Column> sized = new TableSpec(cols, rows).columns();
        assertEquals(TableSpec.TEXT_WIDTH, sized.stream().mapToInt(Column::width).sum());
        assertTrue(sized.get(2).width() >= ColumnWidths.width("绩效指标.xlsx"), "file name whole");
        assertTrue(sized.get(2).width() >= ColumnWidths.width("绩效指标!K45"), "reference whole");
        assertTrue(
                sized.get(5).width() >= ColumnWidths.width("十个汉字十个汉字十个"),
                "修改说明 " + sized.get(5).width() + " twips");
        assertEquals(
                ColumnWidths.width("≤ 22,918.41"), sized.get(3).width(), "a bound on one line");
    }

    /**
     * Labels and figures each wide up to their cap, beside two text columns: the minimums add up to
     * more than the line. Every column keeps at least its header (the last text column once got
     * nothing and hid its header), and the table keeps to the line.
     */
    @Test
    void everyColumnKeepsAMinimumWhenTheFixedColumnsWouldTakeTheWholeLine() {
        String wide = "88,888,888,888.88（万元）";
        List<Column> cols =
                List.of(
                        Column.text("三级指标"),
                        Column.centred("指标值"),
                        Column.figure("全年预算数"),
                        Column.figure("全年执行数"),
                        Column.figure("分值"),
                        Column.figure("得分"),
                        Column.text("偏差原因分析及改进措施"));
        List<List<String>> rows =
                List.of(
                        List.of("新建高标准农田面积", "≥1200户（按年度任务清单核定）", wide, wide, wide, wide, LONG),
                        List.of("农村户厕改造数量", "≥3000元/亩（按合同约定）", wide, wide, wide, wide, ""));
        List<Column> sized = new TableSpec(cols, rows).columns();
        assertEquals(TableSpec.TEXT_WIDTH, sized.stream().mapToInt(Column::width).sum());
        for (Column c : sized)
            assertTrue(
                    c.width() >= ColumnWidths.width(c.header()),
                    c.header()
                            + ": "
                            + c.width()
                            + " twips < its header "
                            + ColumnWidths.width(c.header()));
        assertTrue(
                sized.get(6).width() >= ColumnWidths.width("偏差原因分析及改进措施"),
                "the last text column: " + sized.get(6).width());
    }
}
