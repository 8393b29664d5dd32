package org.selfeval.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** 汇总's 备注 as the tests read it back: a first error wrapped in a wide column, its row grown. */
public final class WrappedRemarks {

    private WrappedRemarks() {}

    /**
     * The 备注 of {@code row} in column {@code at} of {@code sheet} wraps in a column of at least 20
     * Chinese characters and takes more than a line; the row is tall enough (15 pt a line) for the
     * lines Excel's nominal widths give it, a Chinese character being two units.
     */
    public static void assertWrapsAndGrows(Sheet sheet, Row row, int at) {
        Cell cell = row.getCell(at);
        assertTrue(cell.getCellStyle().getWrapText(), "备注 wraps");
        int width = sheet.getColumnWidth(at) / 256;
        assertTrue(width >= 40, "备注 is " + width + " characters wide");
        String text = cell.getStringCellValue();
        int units = text.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
        int lines = (units + width - 2) / (width - 1);
        assertTrue(lines >= 2, "a first error takes more than a line: " + text);
        assertTrue(
                row.getHeightInPoints() >= lines * 15,
                lines + " lines in a row of " + row.getHeightInPoints() + " pt");
    }
}
