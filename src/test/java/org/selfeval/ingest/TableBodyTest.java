package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.ingest.grid.ReadLimits;

class TableBodyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"注：金额单位为万元", "注", "注1.本表…", "备注：", "说明:本表", "填表说明", "填报说明：一项一行", " 注 ：x"})
    void notes(String text) {
        assertTrue(TableBody.isNote(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"注册费收入", "说明书印制", "备注栏目费", "财政拨款收入", "合计"})
    void dataThatStartsLikeANote(String text) {
        assertFalse(TableBody.isNote(text), text);
    }

    private static List<Integer> rows(List<List<String>> cells) {
        CsvSheetGrid grid = new CsvSheetGrid("t.csv", "t", cells);
        return TableBody.rows(
                grid,
                new TableHeader(0, Map.of("项目", 0, "数值", 1)),
                k -> k.equals("已知项"),
                new FindingSink());
    }

    @Test
    void blankRowsAreSkippedAndALoneCellFarBelowEndsTheTable() {
        List<List<String>> cells =
                List.of(
                        List.of("项目", "数值"),
                        List.of("a", "1"),
                        List.of("", ""),
                        List.of("b", ""),
                        List.of(),
                        List.of(),
                        List.of("已知项"),
                        List.of(),
                        List.of(),
                        List.of("填表人：张三"),
                        List.of("c", "3"));
        assertEquals(List.of(1, 3, 6), rows(cells));
    }

    @Test
    void emptyRowsBeyondTheLimitAreNotReported() {
        List<List<String>> cells = new java.util.ArrayList<>();
        cells.add(List.of("项目", "数值"));
        cells.add(List.of("a", "1"));
        for (int i = 0; i < ReadLimits.MAX_TABLE_ROWS + 10; i++) cells.add(List.of("", ""));
        FindingSink sink = new FindingSink();
        List<Integer> rows =
                TableBody.rows(
                        new CsvSheetGrid("t.csv", "t", cells),
                        new TableHeader(0, Map.of("项目", 0, "数值", 1)),
                        k -> false,
                        sink);
        assertEquals(List.of(1), rows);
        assertEquals(List.of(), sink.findings());
    }

    @Test
    void aNoteRowEndsTheTable() {
        assertEquals(
                List.of(1),
                rows(
                        List.of(
                                List.of("项目", "数值"),
                                List.of("a", "1"),
                                List.of("注：以上为万元", ""),
                                List.of("b", "2"))));
    }
}
