package org.selfeval.report;

import java.util.List;

/**
 * A table as text: columns and rows of already formatted cells. Widths must fill the text area exactly,
 * so a table never runs into the margin.
 */
record TableSpec(List<Column> columns, List<List<String>> rows) {

    /** A4 (11906) minus the GB/T 9704 left (1587) and right (1474) margins, in twips. */
    static final int TEXT_WIDTH = 8845;

    TableSpec {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        int width = columns.stream().mapToInt(Column::width).sum();
        if (width != TEXT_WIDTH) throw new IllegalArgumentException("column widths sum to " + width + ", not " + TEXT_WIDTH);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) throw new IllegalArgumentException("row has " + row.size() + " cells, not " + columns.size());
        }
    }
}
