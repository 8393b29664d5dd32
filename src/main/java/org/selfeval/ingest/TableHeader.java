package org.selfeval.ingest;

import java.util.Map;
import java.util.Optional;

/**
 * Where a table's header row is and which column holds each contract label.
 *
 * @param row 0-based index of the header row
 * @param columns contract label (as in {@code WorkbookContract}) → 0-based column; labels not found
 *     are absent
 */
record TableHeader(int row, Map<String, Integer> columns) {

    TableHeader {
        columns = Map.copyOf(columns);
    }

    Optional<Integer> column(String label) {
        return Optional.ofNullable(columns.get(label));
    }

    int lastColumn() {
        return columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
