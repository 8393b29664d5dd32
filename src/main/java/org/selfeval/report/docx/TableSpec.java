package org.selfeval.report.docx;

import java.util.List;

/**
 * A table as text: columns and rows of already formatted cells, cells set apart by marks, and the
 * number of leading columns that merge downwards where a cell repeats the one above (一级, 二级 names).
 * Columns are sized by their content to fill the text area exactly, so a table never runs into the
 * margin.
 */
public record TableSpec(
        List<Column> columns, List<List<String>> rows, List<Mark> marks, int mergedColumns) {

    /**
     * A cell (or, with column -1, a whole row) set apart: a fill colour, bold text, a text colour
     * (null: black). Rows count from 0 = the first row under the header.
     */
    public record Mark(int row, int column, String fill, boolean bold, String colour) {
        public boolean covers(int r, int c) {
            return row == r && (column < 0 || column == c);
        }
    }

    /** A plain table. */
    public TableSpec(List<Column> columns, List<List<String>> rows) {
        this(columns, rows, List.of(), 0);
    }

    /** The same table with cells marked. */
    public TableSpec marked(List<Mark> more) {
        List<Mark> all = new java.util.ArrayList<>(marks);
        all.addAll(more);
        return new TableSpec(columns, rows, all, mergedColumns);
    }

    /** A4 (11906) minus the GB/T 9704 left (1587) and right (1474) margins, in twips. */
    public static final int TEXT_WIDTH = 8845;

    public TableSpec {
        rows = rows.stream().map(List::copyOf).toList();
        marks = List.copyOf(marks);
        for (List<String> row : rows) {
            if (row.size() != columns.size())
                throw new IllegalArgumentException(
                        "row has " + row.size() + " cells, not " + columns.size());
        }
        columns =
                columns.stream().allMatch(c -> c.width() > 0)
                        ? List.copyOf(columns)
                        : ColumnWidths.fit(columns, rows, mergedColumns, TEXT_WIDTH);
        int width = columns.stream().mapToInt(Column::width).sum();
        if (width != TEXT_WIDTH)
            throw new IllegalArgumentException(
                    "column widths sum to " + width + ", not " + TEXT_WIDTH);
    }
}
