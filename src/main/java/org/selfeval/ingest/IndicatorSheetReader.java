package org.selfeval.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.CellRef;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorRowKind;
import org.selfeval.model.Num;
import org.selfeval.model.Text;
import org.selfeval.model.WorkbookContract;

/**
 * 绩效指标 → {@link IndicatorRow}s, one per non-blank row. A row is the TOTAL when 一级指标 reads 合计, a
 * SUBTOTAL when 指标内容, 三级指标 or 二级指标 reads 小计 (小计 in the 二级 column is a 一级 subtotal: 二级 is then
 * blank), otherwise a LEAF. Blank 一级/二级/三级 cells of a leaf are filled down from the rows above
 * (Excel merged cells, or a group name typed once); a subtotal only gets a blank 一级 filled, so a
 * blank 二级 keeps meaning "一级 subtotal".
 */
final class IndicatorSheetReader {

    private static final List<String> H = WorkbookContract.INDICATOR_HEADERS;
    private static final String L1 = H.get(0),
            L2 = H.get(1),
            L3 = H.get(2),
            CONTENT = H.get(3),
            NATURE = H.get(4),
            TARGET = H.get(5),
            UNIT = H.get(6),
            ACTUAL = H.get(7),
            WEIGHT = H.get(8),
            METHOD = H.get(9),
            SCORE = H.get(10),
            EXPLANATION = H.get(11);
    private static final Set<String> REQUIRED = Set.of(L1, L2, CONTENT, WEIGHT, SCORE);

    private final FindingSink sink;

    IndicatorSheetReader(FindingSink sink) {
        this.sink = sink;
    }

    Optional<List<IndicatorRow>> read(SheetGrid grid) {
        Optional<TableHeader> header = new TableLocator(sink).locate(grid, H, REQUIRED);
        if (header.isEmpty()) return Optional.empty();
        Map<String, Integer> col = header.get().columns();
        int firstColumn = col.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        CellReader cells = new CellReader(grid, sink);
        List<IndicatorRow> rows = new ArrayList<>();
        Text last1 = null, last2 = null, last3 = null;
        for (int r : TableBody.rows(grid, header.get(), k -> false, sink)) {
            Text level1 = cells.text(r, col.get(L1), L1);
            Text level2 = cells.text(r, col.get(L2), L2);
            Text level3 = cells.text(r, col.get(L3), L3);
            Text content = cells.text(r, col.get(CONTENT), CONTENT);
            IndicatorRowKind kind = kindOf(level1, level2, level3, content);
            if (kind == IndicatorRowKind.SUBTOTAL && isSubtotal(level2))
                level2 = Text.blank(level2.source());
            if (kind != IndicatorRowKind.TOTAL) {
                if (level1.isBlank() && last1 != null) level1 = last1;
                else if (!level1.isBlank()) {
                    if (!sameValue(level1, last1)) {
                        last2 = null;
                        last3 = null;
                    }
                    last1 = level1;
                }
            }
            if (kind == IndicatorRowKind.LEAF) {
                if (level2.isBlank() && last2 != null) level2 = last2;
                else if (!level2.isBlank()) {
                    if (!sameValue(level2, last2)) last3 = null;
                    last2 = level2;
                }
                if (level3.isBlank() && last3 != null) level3 = last3;
                else if (!level3.isBlank()) last3 = level3;
            }
            String name = name(kind, level1, level2, level3, content, r);
            Num weight = cells.number(r, col.get(WEIGHT), CellReader.Kind.AMOUNT, name + " 分值");
            Num score = cells.number(r, col.get(SCORE), CellReader.Kind.AMOUNT, name + " 自评得分");
            rows.add(
                    new IndicatorRow(
                            kind,
                            level1,
                            level2,
                            level3,
                            content,
                            cells.text(r, col.get(NATURE), name + " 指标性质"),
                            cells.text(r, col.get(TARGET), name + " 年度指标值"),
                            cells.text(r, col.get(UNIT), name + " 计量单位"),
                            cells.text(r, col.get(ACTUAL), name + " 实际完成值"),
                            weight,
                            cells.text(r, col.get(METHOD), name + " 评分方法"),
                            score,
                            cells.text(r, col.get(EXPLANATION), name + " 完成情况说明"),
                            new CellRef(
                                    grid.file(), grid.sheet(), SheetGrid.address(r, firstColumn))));
        }
        return Optional.of(rows);
    }

    private static IndicatorRowKind kindOf(Text level1, Text level2, Text level3, Text content) {
        if (HeaderText.normalize(level1.value()).matches("合计|总计")) return IndicatorRowKind.TOTAL;
        if (isSubtotal(content) || isSubtotal(level3) || isSubtotal(level2))
            return IndicatorRowKind.SUBTOTAL;
        return IndicatorRowKind.LEAF;
    }

    private static boolean isSubtotal(Text t) {
        return HeaderText.normalize(t.value()).equals(WorkbookContract.SUBTOTAL);
    }

    /** Same group name, whether typed again on each row or shown through a merged region. */
    private static boolean sameValue(Text a, Text b) {
        return b != null && a.value().equals(b.value());
    }

    private static String name(
            IndicatorRowKind kind, Text l1, Text l2, Text l3, Text content, int row) {
        String n =
                switch (kind) {
                    case TOTAL -> "合计";
                    case SUBTOTAL -> (l2.isBlank() ? l1.value() : l2.value()) + " 小计";
                    case LEAF ->
                            !content.isBlank()
                                    ? content.value()
                                    : !l3.isBlank() ? l3.value() : l2.value();
                };
        return n.isBlank() ? "第" + (row + 1) + "行" : n.replaceAll("\\s+", "");
    }
}
