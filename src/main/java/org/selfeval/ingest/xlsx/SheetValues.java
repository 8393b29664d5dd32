package org.selfeval.ingest.xlsx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.selfeval.ingest.grid.CellValues;

/**
 * The values of a streamed worksheet by row and column, as read from its part: a row's cells in an
 * array, so a cell costs no boxed key. Blank cells are remembered only to notice a cell given
 * twice.
 */
final class SheetValues {

    /** A cell that is there but holds nothing. */
    private static final StreamedSheetGrid.Value BLANK = StreamedSheetGrid.Value.text("");

    private static final StreamedSheetGrid.Value[] NONE = {};

    private final Map<Integer, StreamedSheetGrid.Value[]> rows = new HashMap<>();

    /** Cells holding a formula, by {@link CellValues#key}: few (the template's yellow columns). */
    private final java.util.Set<Long> formulas = new java.util.HashSet<>();

    private int row = -1;
    private StreamedSheetGrid.Value[] cells = NONE;

    /** Starts a row; false when the sheet has it already. */
    boolean startRow(int index) {
        finishRow();
        if (rows.containsKey(index)) return false;
        row = index;
        cells = NONE;
        rows.put(index, NONE);
        return true;
    }

    /**
     * Sets a cell of the current row ({@code value} null for a blank cell); false when the row has
     * it already.
     */
    boolean put(int column, StreamedSheetGrid.Value value) {
        if (column >= cells.length)
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        if (cells[column] != null) return false;
        cells[column] = value != null ? value : BLANK;
        return true;
    }

    /** Marks a cell of the current row as a formula. */
    void formula(int column) {
        if (row >= 0) formulas.add(CellValues.key(row, column));
    }

    boolean formula(int row, int column) {
        return formulas.contains(CellValues.key(row, column));
    }

    void finishRow() {
        if (row >= 0) rows.put(row, cells);
        row = -1;
    }

    /** The value at a cell, null when it is blank or not there. */
    StreamedSheetGrid.Value get(int row, int column) {
        StreamedSheetGrid.Value[] r = rows.get(row);
        if (r == null || column >= r.length) return null;
        StreamedSheetGrid.Value v = r[column];
        return v == BLANK ? null : v;
    }
}
