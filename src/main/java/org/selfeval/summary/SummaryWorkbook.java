package org.selfeval.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.publish.FormulaGuard;

/**
 * 汇总.xlsx: the 汇总 sheet (one row per department, action first, filters and frozen header, links to the
 * reports relative to the workbook) and the 统计 sheet. Numbers are stored rounded as shown.
 */
public final class SummaryWorkbook {

    public static final String SHEET = "汇总";
    /** Rows of the 汇总 sheet kept in memory while it is written. */
    private static final int ROWS_IN_MEMORY = 100;

    private SummaryWorkbook() {
    }

    public static byte[] bytes(StatusBoard board) throws IOException {
        // The 汇总 sheet is streamed (a window of rows in memory): with POI's usermodel 10,000 departments needed
        // more than 256 MB of heap. The small 统计 sheet and its chart are built in the workbook underneath.
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook wb = new SXSSFWorkbook(base, ROWS_IN_MEMORY, true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SummaryStyles styles = SummaryStyles.of(base);
            SXSSFSheet sheet = wb.createSheet(SHEET);
            List<SummaryColumn> columns = SummaryTable.of(board).columns();
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                head.createCell(c).setCellValue(columns.get(c).header());
                head.getCell(c).setCellStyle(styles.header());
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
            }
            int r = 1;
            for (DepartmentRow department : board.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    cell(row.createCell(c), columns.get(c), department, styles, wb);
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            sheet.createFreezePane(1, 1);
            printed(sheet);
            StatisticsSheet.write(base, styles, Statistics.of(board), board.rosterUsed());
            wb.write(out);
            return out.toByteArray();
        } finally {
            // deletes the streamed rows' temporary file; not close(): on a workbook made in memory POI would save
            // the whole package once more, and there is no file to release
            wb.dispose();
        }
    }

    /** On paper: landscape, one page wide, the header repeated on every page. */
    private static void printed(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    private static void cell(Cell cell, SummaryColumn column, DepartmentRow row, SummaryStyles styles,
                             Workbook wb) {
        Object value = column.value().apply(row);
        if (value == null) return;
        switch (column.kind()) {
            case SCORE -> number(cell, SummaryColumn.shown((BigDecimal) value), styles.score());
            case CHANGE -> number(cell, SummaryColumn.shown((BigDecimal) value), styles.change());
            case PERCENT -> number(cell, ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP).movePointLeft(2)
                    .doubleValue(), styles.percent());
            case COUNT -> cell.setCellValue(((Number) value).doubleValue());
            case LINK -> link(cell, (String) value, styles, wb);
            // text cells are plain strings, never formulas; still neutralised for tools that re-export
            case TEXT -> {
                cell.setCellValue(FormulaGuard.neutralise((String) value));
                if (column.attention().test(row)) cell.setCellStyle(styles.attention());
            }
        }
    }

    private static void number(Cell cell, double value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Shows the file name; the link is the path relative to this workbook, so the folder can be moved whole. */
    private static void link(Cell cell, String relative, SummaryStyles styles, Workbook wb) {
        cell.setCellValue(FormulaGuard.neutralise(relative.substring(relative.lastIndexOf('/') + 1)));
        Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
        link.setAddress(uri(relative));
        cell.setHyperlink(link);
        cell.setCellStyle(styles.link());
    }

    /** Spaces and "%" escaped as a URI needs them; Chinese stays readable (a URI allows it). */
    static String uri(String relative) {
        try {
            return new URI(null, null, relative, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("无法生成链接：" + relative, e);
        }
    }
}
