package org.selfeval.ingest;

import java.util.List;
import org.selfeval.ingest.grid.RawCell;
import org.selfeval.ingest.grid.SheetGrid;

/** A CSV file standing for one sheet: every cell is text as typed. */
final class CsvSheetGrid implements SheetGrid {

    private final String file;
    private final String sheet;
    private final List<List<String>> rows;

    CsvSheetGrid(String file, String sheet, List<List<String>> rows) {
        this.file = file;
        this.sheet = sheet;
        this.rows = List.copyOf(rows);
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public int lastRow() {
        return rows.size() - 1;
    }

    @Override
    public RawCell cell(int row, int column) {
        String address = SheetGrid.address(row, column);
        if (row < 0 || row >= rows.size()) return RawCell.blank(address);
        List<String> r = rows.get(row);
        return column < r.size() ? RawCell.text(address, r.get(column)) : RawCell.blank(address);
    }
}
