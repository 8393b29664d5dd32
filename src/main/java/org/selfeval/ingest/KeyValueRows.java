package org.selfeval.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.selfeval.ingest.grid.RawCell;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.CellRef;
import org.selfeval.model.WorkbookContract;

/**
 * The rows of a key/value sheet (基本信息, 管理指标数据: 项目 · value column). Keys are matched to the
 * contract's keys ignoring spaces, full-width forms, a trailing colon and a unit in parentheses;
 * other keys are kept as typed. A repeated key is a 警告 and the first one counts.
 */
final class KeyValueRows {

    /** One key row: the canonical key and the 0-based row and value column. */
    record Entry(String key, int row, Integer valueColumn) {}

    /** A numbering staff put before keys: "1.", "一、", "（二）". */
    private static final Pattern ENUMERATOR =
            Pattern.compile("^(\\d+[.、]|[一二三四五六七八九十]+、|\\([一二三四五六七八九十\\d]+\\))");

    private KeyValueRows() {}

    static Optional<List<Entry>> read(
            CellReader cells, String valueLabel, List<String> knownKeys, FindingSink sink) {
        SheetGrid grid = cells.grid();
        List<String> labels = List.of(WorkbookContract.KEY, valueLabel);
        Optional<TableHeader> header =
                new TableLocator(sink).locate(grid, labels, Set.copyOf(labels));
        if (header.isEmpty()) return Optional.empty();
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String k : knownKeys) canonical.put(HeaderText.normalize(k), k);
        Integer keyColumn = header.get().columns().get(WorkbookContract.KEY);
        Integer valueColumn = header.get().columns().get(valueLabel);
        if (keyColumn == null) return Optional.empty();
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int row : TableBody.rows(grid, header.get(), canonical::containsKey, sink)) {
            RawCell keyCell = grid.cell(row, keyColumn);
            String typedKey = keyCell.text().strip();
            if (typedKey.isEmpty()) {
                RawCell value = cells.raw(row, valueColumn);
                sink.warning(
                        "READ-KEY",
                        cells.ref(value),
                        grid.sheet(),
                        WorkbookContract.KEY,
                        "",
                        cells.ref(value).sheetCell() + " 有内容但同一行的“项目”为空，已忽略。请在“项目”列填写名称。");
                continue;
            }
            String normalized = HeaderText.normalize(typedKey);
            String unnumbered = ENUMERATOR.matcher(normalized).replaceFirst("");
            String key =
                    canonical.getOrDefault(
                            normalized,
                            canonical.getOrDefault(unnumbered, typedKey.replaceAll("\\s+", "")));
            if (entries.containsKey(key)) {
                CellRef first =
                        new CellRef(
                                grid.file(),
                                grid.sheet(),
                                SheetGrid.address(entries.get(key).row(), keyColumn));
                CellRef again = cells.ref(keyCell);
                sink.warning(
                        "READ-DUPLICATE-KEY",
                        again,
                        key,
                        "",
                        typedKey,
                        "“"
                                + key
                                + "”填写了两次（"
                                + first.sheetCell()
                                + " 和 "
                                + again.sheetCell()
                                + "），只采用第一处。请删除重复的行。");
                continue;
            }
            entries.put(key, new Entry(key, row, valueColumn));
        }
        return Optional.of(List.copyOf(entries.values()));
    }
}
