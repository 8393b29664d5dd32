package org.selfeval.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.Text;

/**
 * A table whose rows are named in its first column: located by its headers, read row by row; the
 * first row whose name is a total is the total, the others are details in sheet order. 收入决算, 支出决算
 * and 项目资金 share this shape.
 */
record TotalAndDetails<R>(R total, List<R> details) {

    /**
     * Turns one body row into a record; {@code name} is the row's 项目, or "第N行" when it is blank
     * (for messages).
     */
    interface RowReader<R> {
        R read(CellReader cells, int row, Map<String, Integer> columns, Text item, String name);
    }

    static <R> Optional<TotalAndDetails<R>> read(
            SheetGrid grid,
            FindingSink sink,
            List<String> headers,
            Set<String> required,
            Predicate<String> isTotal,
            RowReader<R> rows) {
        Optional<TableHeader> header = new TableLocator(sink).locate(grid, headers, required);
        if (header.isEmpty()) return Optional.empty();
        Map<String, Integer> col = header.get().columns();
        CellReader cells = new CellReader(grid, sink);
        R total = null;
        List<R> details = new ArrayList<>();
        for (int r : TableBody.rows(grid, header.get(), k -> false, sink)) {
            Text item = cells.text(r, col.get(headers.get(0)), headers.get(0));
            String name = item.isBlank() ? "第" + (r + 1) + "行" : item.value();
            R row = rows.read(cells, r, col, item, name);
            if (total == null && isTotal.test(item.value())) total = row;
            else details.add(row);
        }
        return Optional.of(new TotalAndDetails<>(total, details));
    }
}
