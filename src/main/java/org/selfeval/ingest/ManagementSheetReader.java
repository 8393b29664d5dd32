package org.selfeval.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.ManagementData;
import org.selfeval.model.Num;
import org.selfeval.model.WorkbookContract;

/**
 * 管理指标数据 (项目 · 数值) → {@link ManagementData}, the keys spelled as the frameworks in effect name
 * their items.
 */
final class ManagementSheetReader {

    private final FindingSink sink;
    private final List<String> items;

    ManagementSheetReader(FindingSink sink, List<String> items) {
        this.sink = sink;
        this.items = items;
    }

    Optional<ManagementData> read(SheetGrid grid) {
        CellReader cells = new CellReader(grid, sink);
        Optional<List<KeyValueRows.Entry>> entries =
                KeyValueRows.read(cells, WorkbookContract.MANAGEMENT_VALUE, items, sink);
        if (entries.isEmpty()) return Optional.empty();
        Map<String, Num> values = new LinkedHashMap<>();
        for (KeyValueRows.Entry e : entries.get()) {
            values.put(
                    e.key(),
                    cells.number(e.row(), e.valueColumn(), CellReader.Kind.AMOUNT, e.key()));
        }
        return Optional.of(new ManagementData(values));
    }
}
