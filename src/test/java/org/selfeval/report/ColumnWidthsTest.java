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
}
