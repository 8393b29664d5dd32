package org.selfeval.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A worksheet read by the streaming reader: the values Excel saved, shown as {@link PoiSheetGrid} shows them
 * (numbers formatted when a cell is asked for, through the same {@link CellValues}). Not thread-safe (one read uses it).
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

    private final String file;
    private final String sheet;
    private final int lastRow;
    private final Map<Long, Value> values;
    private final Map<Long, CellRangeAddress> mergedBelow;
    private final DataFormatter formatter;
    /** Cells already shown: the sheet readers ask for header rows many times, and formatting a number costs. */
    private final Map<Long, RawCell> shown = new HashMap<>();

    StreamedSheetGrid(String file, String sheet, int lastRow, Map<Long, Value> values,
                      Map<Long, CellRangeAddress> mergedBelow, DataFormatter formatter) {
        this.file = file;
        this.sheet = sheet;
        this.lastRow = lastRow;
        this.values = values;
        this.mergedBelow = mergedBelow;
        this.formatter = formatter;
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
        long key = CellValues.key(row, column);
        RawCell cell = shown.get(key);
        if (cell == null) {
            cell = show(SheetGrid.address(row, column), values.get(key));
            shown.put(key, cell);
        }
        return cell;
    }

    private RawCell show(String address, Value v) {
        if (v == null) return RawCell.blank(address);
        if (v.error() != null) return CellValues.error(address, v.error());
        if (v.text() != null) return RawCell.text(address, v.text());
        return CellValues.number(address, v.number(), v.format().index(), v.format().format(), formatter);
    }
}
