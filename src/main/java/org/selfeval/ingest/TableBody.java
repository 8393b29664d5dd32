package org.selfeval.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.selfeval.ingest.grid.RawCell;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.CellRef;

/**
 * The data rows under a header: blank rows are skipped, and the table ends at a note. A note row is
 * a row whose first non-blank cell starts with 注 / 备注 / 说明 / 填表说明 / 填报说明 followed by punctuation, a
 * digit or nothing (so 注册费收入 is data), or — after at least two blank rows — a row with text in one
 * cell only that is not a known key. At most {@link ReadLimits#MAX_TABLE_ROWS} rows are read.
 */
final class TableBody {

    private static final Pattern NOTE =
            Pattern.compile("^(注|备注|说明|填表说明|填报说明)([:：、.．,，()（）\\d\\s]|$).*", Pattern.DOTALL);

    private TableBody() {}

    /**
     * @param knownKey texts that are data even when alone on a row below blank rows (基本信息 keys)
     * @return 0-based indexes of the data rows, in order
     */
    static List<Integer> rows(
            SheetGrid grid, TableHeader header, Predicate<String> knownKey, FindingSink sink) {
        List<Integer> rows = new ArrayList<>();
        int width = Math.max(header.lastColumn() + 1, 1);
        int limit = Math.min(grid.lastRow(), header.row() + ReadLimits.MAX_TABLE_ROWS);
        int blankRun = 0;
        for (int r = header.row() + 1; r <= limit; r++) {
            String first = null;
            int filled = 0;
            for (int c = 0; c < width; c++) {
                RawCell cell = grid.cell(r, c);
                // A value shown through a merged region above does not make the row filled.
                if (cell.isBlank() || !cell.address().equals(SheetGrid.address(r, c))) continue;
                filled++;
                if (first == null) first = cell.text().strip();
            }
            if (filled == 0) {
                blankRun++;
                continue;
            }
            if (first != null && isNote(first)) return rows;
            if (blankRun >= 2 && filled == 1 && !knownKey.test(HeaderText.normalize(first)))
                return rows;
            blankRun = 0;
            rows.add(r);
        }
        if (grid.lastRow() > limit && hasContentBelow(grid, limit, width)) {
            sink.error(
                    "READ-TOO-MANY-ROWS",
                    new CellRef(grid.file(), grid.sheet(), SheetGrid.address(limit + 1, 0)),
                    grid.sheet(),
                    "不超过 " + ReadLimits.MAX_TABLE_ROWS + " 行",
                    (grid.lastRow() + 1) + " 行",
                    "工作表“"
                            + grid.sheet()
                            + "”的表格超过 "
                            + ReadLimits.MAX_TABLE_ROWS
                            + " 行，第 "
                            + (limit + 2)
                            + " 行起未读取。请删除多余的行（含格式化的空行）后重新提交。");
        }
        return rows;
    }

    /**
     * Rows formatted but left empty (a border applied to whole columns) are not data beyond the
     * limit.
     */
    private static boolean hasContentBelow(SheetGrid grid, int limit, int width) {
        for (int r = limit + 1; r <= grid.lastRow(); r++) {
            for (int c = 0; c < width; c++) {
                if (!grid.cell(r, c).isBlank()) return true;
            }
        }
        return false;
    }

    static boolean isNote(String firstCellText) {
        return NOTE.matcher(firstCellText.strip()).matches();
    }
}
