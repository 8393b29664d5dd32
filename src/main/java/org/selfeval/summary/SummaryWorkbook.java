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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.publish.FormulaGuard;

/**
 * 汇总.xlsx: the 汇总 sheet (one row per department, action first, filters and frozen header, links to
 * the reports relative to the workbook) and the 统计 sheet. Numbers are stored rounded as shown.
 */
public final class SummaryWorkbook {

    public static final String SHEET = "汇总";

    /** Rows of the 汇总 sheet kept in memory while it is written. */
    private static final int ROWS_IN_MEMORY = 100;

    private SummaryWorkbook() {}

    public static byte[] bytes(StatusBoard board) throws IOException {
        return bytes(board, new ProjectBoard(board.year(), List.of()));
    }

    /** As {@link #bytes(StatusBoard)}, with the year's projects (a 项目 sheet and 统计 figures). */
    public static byte[] bytes(StatusBoard board, ProjectBoard projects) throws IOException {
        // The 汇总 sheet is streamed (a window of rows in memory): with POI's usermodel 10,000
        // departments needed more than 256 MB of heap. The small 统计 sheet and its chart are built
        // in the workbook underneath.
        XSSFWorkbook base = new XSSFWorkbook();
        SXSSFWorkbook wb = new SXSSFWorkbook(base, ROWS_IN_MEMORY, true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SummaryStyles styles = SummaryStyles.of(base);
            SXSSFSheet sheet = wb.createSheet(SHEET);
            List<SummaryColumn> columns = SummaryTable.of(board).columns();
            Row head = sheet.createRow(0);
            head.setHeightInPoints(HEADER_HEIGHT);
            for (int c = 0; c < columns.size(); c++) {
                String header = headerLines(columns.get(c));
                head.createCell(c).setCellValue(header);
                head.getCell(c).setCellStyle(styles.header());
                sheet.setColumnWidth(c, width(columns.get(c), header) * 256);
            }
            int r = 1;
            for (DepartmentRow department : board.rows()) {
                Row row = sheet.createRow(r++);
                int lines = 1;
                for (int c = 0; c < columns.size(); c++) {
                    SummaryColumn column = columns.get(c);
                    cell(row.createCell(c), column, department, styles, wb);
                    if (column.kind() == SummaryColumn.Kind.NOTE)
                        lines = Math.max(lines, lines(column.text(department), column.width()));
                }
                growTo(row, lines);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            sheet.createFreezePane(1, 1);
            printed(sheet, board.year(), columns);
            StatisticsSheet.write(base, styles, Statistics.of(board), board.rosterUsed());
            if (!projects.isEmpty()) {
                ProjectSummarySheet.appendStatistics(
                        base.getSheet(StatisticsSheet.NAME), styles, projects);
                ProjectSummarySheet.write(wb, styles, projects);
            }
            wb.write(out);
            return out.toByteArray();
        } finally {
            // deletes the streamed rows' temporary file; not close(): on a workbook made in memory
            // POI would save the whole package once more, and there is no file to release
            wb.dispose();
        }
    }

    /** The header row holds two lines: a name and what it is out of ("履职效能" / "（满分50）"). */
    private static final float HEADER_HEIGHT = 30;

    /**
     * The header as the workbook shows it: a header wider than its column breaks before its
     * parenthesis ("总分" over "（满分100）"), so the column stays as narrow as its figures.
     */
    static String headerLines(SummaryColumn column) {
        String header = column.header();
        int open = header.indexOf('（');
        if (open <= 0 || units(header) <= column.width()) return header;
        return header.substring(0, open) + "\n" + header.substring(open);
    }

    /** The column's width in characters: its own, or its widest header line. */
    private static int width(SummaryColumn column, String header) {
        int widest = 0;
        for (String line : header.split("\n")) widest = Math.max(widest, units(line) + 1);
        return Math.max(column.width(), widest);
    }

    /**
     * The height of a line of the default 11 pt text, in points, as Excel and LibreOffice set it.
     */
    private static final float LINE_HEIGHT = 15;

    /**
     * A row as tall as the {@code lines} of its wrapped 备注: set, not left to the suite (Excel does
     * not grow a row whose text wraps when it opens a file).
     */
    static void growTo(Row row, int lines) {
        if (lines > 1) row.setHeightInPoints(lines * LINE_HEIGHT);
    }

    /**
     * How many lines {@code text} takes wrapped in a column {@code width} units wide: a character
     * at a time (Chinese breaks anywhere), a Chinese character counted a little wider than its two
     * units, as the Chinese faces Excel and LibreOffice pick set it, so the row is never too short.
     */
    static int lines(String text, int width) {
        double room = width - 1; // the cell's margins
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (int cp : paragraph.codePoints().toArray()) {
                double w = cp < 0x2E80 ? 1.1 : 2.2;
                if (used + w > room) {
                    lines++;
                    used = 0;
                }
                used += w;
            }
        }
        return Math.max(1, lines);
    }

    /** Excel's width units: a Chinese character takes two. */
    static int units(String text) {
        return text.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
    }

    /** Characters of column width (Excel's unit) that print on one landscape A4 page at 100 %. */
    static final int CHARACTERS_A_PAGE = 140;

    /**
     * On paper: landscape A4 with the title and page numbers in the page header and footer, the
     * header row and the department names repeated on every page, scaled to fit the width over as
     * many pages as the columns need (26 columns on one page came out at about 5 pt).
     */
    static void printed(Sheet sheet, String year, List<SummaryColumn> columns) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) pagesWide(columns));
        setup.setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
        // Excel's header codes: &size, &"font,style", &P page number, &N number of pages. The size
        // goes first: digits right after it ("&14" + "2023年度") would be read as part of the size.
        sheet.getHeader().setCenter("&14&\"黑体,Regular\"" + title(year));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
        sheet.setHorizontallyCenter(true);
    }

    /** 2023年度部门整体支出绩效自评汇总表. */
    static String title(String year) {
        return (year == null || year.isBlank() ? "" : year + "年度") + "部门整体支出绩效自评汇总表";
    }

    /**
     * How many landscape pages the columns need side by side (the department name repeats on each).
     */
    static int pagesWide(List<SummaryColumn> columns) {
        int total = columns.stream().mapToInt(c -> width(c, headerLines(c))).sum();
        int first = width(columns.get(0), headerLines(columns.get(0)));
        return Math.max(1, (int) Math.ceil((double) (total - first) / (CHARACTERS_A_PAGE - first)));
    }

    private static void cell(
            Cell cell, SummaryColumn column, DepartmentRow row, SummaryStyles styles, Workbook wb) {
        Object value = column.value().apply(row);
        if (value == null) return;
        switch (column.kind()) {
            case SCORE -> number(cell, SummaryColumn.shown((BigDecimal) value), styles.score());
            case CHANGE -> number(cell, SummaryColumn.shown((BigDecimal) value), styles.change());
            case PERCENT ->
                    number(
                            cell,
                            ((BigDecimal) value)
                                    .setScale(2, RoundingMode.HALF_UP)
                                    .movePointLeft(2)
                                    .doubleValue(),
                            styles.percent());
            case COUNT -> cell.setCellValue(((Number) value).doubleValue());
            case LINK -> link(cell, (String) value, column, styles, wb);
            // text cells are plain strings, never formulas; still neutralised for tools that
            // re-export
            case NOTE -> {
                cell.setCellValue(FormulaGuard.neutralise((String) value));
                if (column.attention().test(row)) cell.setCellStyle(styles.note());
            }
            case TEXT -> {
                cell.setCellValue(FormulaGuard.neutralise((String) value));
                if (column.header().equals(SummaryTable.STATUS))
                    cell.setCellStyle(styles.status(row.status()));
                else if (column.attention().test(row)) cell.setCellStyle(styles.attention());
            }
        }
    }

    private static void number(Cell cell, double value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /**
     * Shows "打开报告" (the file name, as long as four columns, ran over the next ones); the link is
     * the path relative to this workbook, so the folder can be moved whole, and Excel shows it on
     * hover.
     */
    private static void link(
            Cell cell, String relative, SummaryColumn column, SummaryStyles styles, Workbook wb) {
        link(cell, relative, "打开" + column.header(), styles, wb);
    }

    /**
     * A link to {@code relative} showing {@code text}: a short word rather than the file's name,
     * which would run into the next column.
     */
    static void link(Cell cell, String relative, String text, SummaryStyles styles, Workbook wb) {
        cell.setCellValue(text);
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
