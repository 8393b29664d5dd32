package org.selfeval.ingest.xlsx;

import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.selfeval.ingest.PoiSheetGrid;
import org.selfeval.ingest.grid.CellValues;
import org.selfeval.ingest.grid.RawCell;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.grid.SheetGrid;

/**
 * A worksheet read by the streaming reader: the values Excel saved, shown as {@link PoiSheetGrid}
 * shows them (numbers formatted when a cell is asked for, through the same {@link CellValues}). Not
 * thread-safe (one read uses it).
 */
final class StreamedSheetGrid implements SheetGrid {

    /** A stored value: a number with its cell's format, a text, or an error code. */
    record Value(double number, CellFormats.Format format, String text, Byte error) {

        static Value number(double number, CellFormats.Format format) {
            return new Value(number, format, null, null);
        }

        static Value text(String text) {
            return new Value(0, null, text, null);
        }

        static Value error(byte code) {
            return new Value(0, null, null, code);
        }
    }

    private static final int SHOWN_ROWS = ReadLimits.HEADER_SEARCH_ROWS + ReadLimits.MAX_TABLE_ROWS;
    private static final int SHOWN_COLUMNS = ReadLimits.MAX_COLUMNS;

    private final String file;
    private final String sheet;
    private final int lastRow;
    private final SheetValues values;
    private final Map<Long, CellRangeAddress> mergedBelow;
    private final DataFormatter formatter;

    /**
     * Cells already shown, by row and column: the sheet readers ask for the header rows many times,
     * and formatting a number costs. Rows past a table's row limit, and columns past those searched
     * for headers, are not kept.
     */
    private final RawCell[][] shown;

    StreamedSheetGrid(
            String file,
            String sheet,
            int lastRow,
            SheetValues values,
            Map<Long, CellRangeAddress> mergedBelow,
            DataFormatter formatter) {
        this.file = file;
        this.sheet = sheet;
        this.lastRow = lastRow;
        this.values = values;
        this.mergedBelow = mergedBelow;
        this.formatter = formatter;
        this.shown = new RawCell[Math.min(lastRow + 2, SHOWN_ROWS)][];
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public String sheet() {
        return sheet.strip();
    }

    @Override
    public int lastRow() {
        return lastRow;
    }

    @Override
    public RawCell cell(int row, int column) {
        CellRangeAddress region = mergedBelow.get(CellValues.key(row, column));
        if (region != null) {
            row = region.getFirstRow();
            column = region.getFirstColumn();
        }
        if (row >= shown.length || column >= SHOWN_COLUMNS) return show(row, column);
        RawCell[] cells = shown[row];
        if (cells == null) cells = shown[row] = new RawCell[SHOWN_COLUMNS];
        RawCell cell = cells[column];
        if (cell == null) cell = cells[column] = show(row, column);
        return cell;
    }

    @Override
    public boolean formula(int row, int column) {
        return values.formula(row, column);
    }

    private RawCell show(int row, int column) {
        return show(SheetGrid.address(row, column), values.get(row, column));
    }

    private RawCell show(String address, Value v) {
        if (v == null) return RawCell.blank(address);
        if (v.error() != null) return CellValues.error(address, v.error());
        if (v.text() != null) return RawCell.text(address, v.text());
        CellFormats.Format f = v.format();
        return CellValues.number(address, v.number(), f.index(), f.format(), f.date(), formatter);
    }
}
