package org.selfeval.template;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The parts every data sheet shares: title row, bold header row, frozen panes, widths, comments,
 * protection.
 */
final class SheetScaffold {

    private SheetScaffold() {}

    /**
     * Writes the title (merged across the table) and the header labels, and freezes everything
     * above the data.
     */
    static void titleAndHeader(
            XSSFSheet sheet, String title, List<String> headers, TemplateStyles styles) {
        Row titleRow = sheet.createRow(TemplateLayout.TITLE_ROW);
        titleRow.setHeightInPoints(24);
        Cell t = titleRow.createCell(0);
        t.setCellValue(title);
        t.setCellStyle(styles.title());
        if (headers.size() > 1) {
            sheet.addMergedRegion(
                    new CellRangeAddress(
                            TemplateLayout.TITLE_ROW,
                            TemplateLayout.TITLE_ROW,
                            0,
                            headers.size() - 1));
        }
        Row header = sheet.createRow(TemplateLayout.HEADER_ROW);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, TemplateLayout.FIRST_DATA_ROW);
        printLayout(sheet);
        sheet.setRepeatingRows(
                new CellRangeAddress(TemplateLayout.TITLE_ROW, TemplateLayout.HEADER_ROW, -1, -1));
    }

    /** A4 landscape, all columns on one page width, so a printed table is readable. */
    static void printLayout(XSSFSheet sheet) {
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Column widths in characters (a Chinese character counts about two). */
    static void widths(XSSFSheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    /** Attaches a note to a header cell, where staff look first. */
    static void comment(XSSFSheet sheet, int column, String text) {
        comment(sheet, TemplateLayout.HEADER_ROW, column, text);
    }

    /** Attaches a note to the cell at {@code row}, {@code column} (a label staff look at). */
    static void comment(XSSFSheet sheet, int row, int column, String text) {
        Cell cell = cell(sheet, row, column);
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 5);
        anchor.setRow1(row);
        anchor.setRow2(row + 6);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(new XSSFRichTextString(text));
        comment.setAuthor("selfeval");
        cell.setCellComment(comment);
    }

    /**
     * Protects the sheet without a password, so labels, headers and formulas stay put while the
     * unlocked input cells stay editable; resizing, sorting-free row insertion and deletion remain
     * allowed.
     */
    static void protect(XSSFSheet sheet, boolean rowsMayChange) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockFormatCells(false);
        sheet.lockInsertRows(!rowsMayChange);
        sheet.lockDeleteRows(!rowsMayChange);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /** Returns the cell, creating row and cell when absent. */
    static Cell cell(XSSFSheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        if (r == null) r = sheet.createRow(row);
        Cell c = r.getCell(column);
        return c != null ? c : r.createCell(column);
    }
}
