package org.selfeval.ingest.grid;

/** A sheet (or a CSV file standing for one) as rows and columns of {@link RawCell}s, 0-based. */
public interface SheetGrid {

    /** The file name the sheet is in (no folders), for cell references. */
    String file();

    /** The sheet name, or for a CSV the sheet it stands for. */
    String sheet();

    /** Index of the last row that may hold anything, -1 for an empty sheet. */
    int lastRow();

    /** Never null: a blank cell where nothing is. */
    RawCell cell(int row, int column);

    /** True when the cell holds a formula (the template's 差异, 差异率 …), not a typed value. */
    default boolean formula(int row, int column) {
        return false;
    }

    static String address(int row, int column) {
        return columnName(column) + (row + 1);
    }

    static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c >= 0; c = c / 26 - 1) sb.insert(0, (char) ('A' + c % 26));
        return sb.toString();
    }
}
