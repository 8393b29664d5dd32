package org.selfeval.model;

/**
 * Where a value came from: the file, the sheet and the cell (A1 style, e.g. {@code C5}). Any part
 * may be null when it does not apply (a whole sheet, a whole file).
 */
public record CellRef(String file, String sheet, String cell) {

    public static CellRef of(String file, String sheet, String cell) {
        return new CellRef(file, sheet, cell);
    }

    /** A reference to a whole file, for problems that concern no particular sheet. */
    public static CellRef file(String file) {
        return new CellRef(file, null, null);
    }

    /** {@code 支出决算!C5}, or just the sheet name, or empty. */
    public String sheetCell() {
        if (sheet == null) return cell == null ? "" : cell;
        return cell == null ? sheet : sheet + "!" + cell;
    }

    @Override
    public String toString() {
        String sc = sheetCell();
        if (file == null) return sc;
        return sc.isEmpty() ? file : file + " " + sc;
    }
}
