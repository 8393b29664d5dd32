package org.selfeval.framework;

import java.util.List;
import org.selfeval.model.NameKey;

/**
 * One sheet of a framework workbook (or the CSV file a built-in framework keeps it in): the header
 * labels and the rows below as text, with the 0-based sheet row of each, so a problem names its
 * cell.
 */
record Table(String sheet, List<String> header, List<Row> rows) {

    record Row(int index, List<String> cells) {

        String get(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The column of a header label (compared by {@link NameKey}), or -1. */
    int column(String label) {
        for (int i = 0; i < header.size(); i++) {
            if (NameKey.same(header.get(i), label)) return i;
        }
        return -1;
    }

    /** "指标体系!D5". */
    String cell(int row, int column) {
        StringBuilder col = new StringBuilder();
        for (int c = Math.max(column, 0); c >= 0; c = c / 26 - 1)
            col.insert(0, (char) ('A' + c % 26));
        return sheet + "!" + col + (row + 1);
    }
}
