package org.selfeval.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.selfeval.model.ComparisonRow;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.Num;
import org.selfeval.model.Text;
import org.selfeval.model.WorkbookContract;

/**
 * 收入决算 / 支出决算 → {@link ComparisonTable}: the first row whose 项目 is 合计 (also 收入合计, 本年支出合计 …) is the
 * total, the other rows are details in sheet order. Year columns ("2023年决算(万元)") stand for 本年/上年.
 */
final class ComparisonSheetReader {

    private static final List<String> H = WorkbookContract.COMPARISON_HEADERS;
    private static final Set<String> REQUIRED = Set.of(H.get(0), H.get(1), H.get(2));

    private final FindingSink sink;

    ComparisonSheetReader(FindingSink sink) {
        this.sink = sink;
    }

    Optional<ComparisonTable> read(SheetGrid grid, String sheet) {
        Optional<TableHeader> header = new TableLocator(sink).locate(grid, H, REQUIRED);
        if (header.isEmpty()) return Optional.empty();
        Map<String, Integer> col = header.get().columns();
        CellReader cells = new CellReader(grid, sink);
        ComparisonRow total = null;
        List<ComparisonRow> details = new ArrayList<>();
        for (int r : TableBody.rows(grid, header.get(), k -> false, sink)) {
            Text item = cells.text(r, col.get(H.get(0)), H.get(0));
            String name = item.isBlank() ? "第" + (r + 1) + "行" : item.value();
            ComparisonRow row = new ComparisonRow(item,
                    cells.number(r, col.get(H.get(1)), CellReader.Kind.AMOUNT, name + " 本年决算"),
                    cells.number(r, col.get(H.get(2)), CellReader.Kind.AMOUNT, name + " 上年决算"),
                    cells.number(r, col.get(H.get(3)), CellReader.Kind.DERIVED_AMOUNT, name + " 差异"),
                    cells.number(r, col.get(H.get(4)), CellReader.Kind.DERIVED_RATE, name + " 差异率"),
                    cells.text(r, col.get(H.get(5)), name + " 差异说明"));
            if (total == null && isTotal(item.value())) total = row;
            else details.add(row);
        }
        return Optional.of(new ComparisonTable(sheet, total, details));
    }

    static boolean isTotal(String item) {
        String n = HeaderText.normalize(item);
        return n.matches("(本年)?(收入|支出)?(总计|合计)");
    }
}
