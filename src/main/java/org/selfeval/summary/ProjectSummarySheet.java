package org.selfeval.summary;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.selfeval.model.ProjectTableLine;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.FormulaGuard;
import org.selfeval.publish.ProjectVerdict;

/**
 * The projects in 汇总: the 项目 sheet of 汇总.xlsx and {@value #CSV_NAME} beside it (a row per project:
 * department, project, budget, execution, 总分, 等级, status, 备注, links), and the project figures added
 * to the 统计 sheet.
 */
public final class ProjectSummarySheet {

    static final String NAME = "项目";
    public static final String CSV_NAME = "汇总-项目.csv";

    /**
     * The columns' base names; {@link #header(ProjectBoard)} puts the project framework's own words
     * in place of 预算数, 执行数 and 执行率 and the total's 满分 beside 总分.
     */
    public static final List<String> HEADER =
            List.of(
                    "主管部门", "项目名称", "预算数（万元）", "执行数（万元）", "执行率", "总分", "等级", "状态", "备注", "自评表",
                    "校验报告");

    private static final int BUDGET = 2, EXECUTED = 3, RATE = 4, TOTAL = 5;

    /**
     * The column headers of the board's rows, in the words of the project framework that scored
     * them ("全年预算数（万元）", a province's "调整后预算数（万元）"; "总分（满分100）", or the edited framework's sum of
     * weights): words that differ between the rows' frameworks are joined by 或, as the 满分 are
     * ("总分（满分90或100）"); rows recorded without them keep the base names.
     */
    public static List<String> header(ProjectBoard board) {
        List<String> header = new ArrayList<>(HEADER);
        header.set(BUDGET, words(board, ProjectTableLine.Labels::budget, "预算数") + "（万元）");
        header.set(EXECUTED, words(board, ProjectTableLine.Labels::executed, "执行数") + "（万元）");
        header.set(RATE, words(board, ProjectTableLine.Labels::rate, "执行率"));
        header.set(
                TOTAL,
                OutOf.header("总分", board.rows().stream().map(ProjectVerdict::outOf).toList()));
        return header;
    }

    private static String words(
            ProjectBoard board,
            java.util.function.Function<ProjectTableLine.Labels, String> word,
            String otherwise) {
        List<String> used =
                board.rows().stream()
                        .map(ProjectVerdict::words)
                        .filter(java.util.Objects::nonNull)
                        .map(word)
                        .filter(w -> w != null && !w.isBlank())
                        .distinct()
                        .toList();
        return used.isEmpty() ? otherwise : String.join("或", used);
    }

    private static final int REMARK = 8;

    /**
     * 备注 as wide as 汇总's: a blocked project's first error wraps there, a place and a clause a line.
     */
    private static final int[] WIDTHS = {
        24, 24, 12, 12, 9, 8, 6, 14, SummaryTable.REMARK_WIDTH, 28, 28
    };

    private ProjectSummarySheet() {}

    /** Each project's cells as text, as in the CSV. */
    public static List<List<String>> cells(ProjectBoard board) {
        List<List<String>> rows = new ArrayList<>();
        for (ProjectVerdict v : board.rows()) {
            boolean published = v.status() == Status.CONVERTED;
            List<String> cells = new ArrayList<>();
            cells.add(v.department());
            cells.add(v.project());
            cells.add(amount(v.budget()));
            cells.add(amount(v.executed()));
            cells.add(v.rate() == null ? "" : amount(v.rate()) + "%");
            // a blocked table's figures were never confirmed: no score is shown for it
            cells.add(published ? amount(v.total()) : "");
            cells.add(published ? v.grade() : "");
            cells.add(label(v));
            cells.add(ProjectBoard.remark(v));
            cells.add(nullToEmpty(board.link(v.table())));
            cells.add(nullToEmpty(board.link(v.auditReport())));
            rows.add(cells);
        }
        return rows;
    }

    public static byte[] csv(ProjectBoard board) throws IOException {
        StringWriter out = new StringWriter();
        out.append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
            printer.printRecord(header(board));
            for (List<String> cells : cells(board))
                printer.printRecord(cells.stream().map(FormulaGuard::neutralise).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The 项目 sheet: filters, frozen header, the status coloured as in 汇总, links to the documents.
     */
    static void write(Workbook wb, SummaryStyles styles, ProjectBoard board) {
        Sheet sheet = wb.createSheet(NAME);
        Row head = sheet.createRow(0);
        List<String> header = header(board);
        boolean twoLines = false;
        for (int c = 0; c < header.size(); c++) {
            String shown = lines(header.get(c), WIDTHS[c]);
            twoLines |= shown.contains("\n");
            head.createCell(c).setCellValue(shown);
            head.getCell(c).setCellStyle(styles.header());
            sheet.setColumnWidth(c, width(shown, WIDTHS[c]) * 256);
        }
        if (twoLines) head.setHeightInPoints(30);
        int r = 1;
        for (ProjectVerdict v : board.rows()) {
            Row row = sheet.createRow(r++);
            boolean published = v.status() == Status.CONVERTED;
            text(row.createCell(0), v.department());
            text(row.createCell(1), v.project());
            number(row.createCell(2), v.budget(), styles.score());
            number(row.createCell(3), v.executed(), styles.score());
            if (v.rate() != null) {
                row.createCell(4)
                        .setCellValue(
                                v.rate()
                                        .setScale(2, RoundingMode.HALF_UP)
                                        .movePointLeft(2)
                                        .doubleValue());
                row.getCell(4).setCellStyle(styles.percent());
            }
            if (published) {
                number(row.createCell(5), v.total(), styles.score());
                text(row.createCell(6), v.grade());
            }
            text(row.createCell(7), label(v));
            row.getCell(7)
                    .setCellStyle(
                            styles.status(
                                    published
                                            ? DepartmentStatus.CONVERTED
                                            : DepartmentStatus.BLOCKED));
            String remark = ProjectBoard.remark(v);
            text(row.createCell(REMARK), remark);
            // wrapped within its column as 汇总's 备注, filled when the project asks for action
            row.getCell(REMARK).setCellStyle(published ? styles.wrapped() : styles.note());
            SummaryWorkbook.growTo(row, SummaryWorkbook.lines(remark, WIDTHS[REMARK]));
            link(row.createCell(9), board.link(v.table()), HEADER.get(9), styles, wb);
            link(row.createCell(10), board.link(v.auditReport()), HEADER.get(10), styles, wb);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
        sheet.createFreezePane(2, 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getHeader()
                .setCenter(
                        "&14&\"黑体,Regular\""
                                + (board.year().isBlank() ? "" : board.year() + "年度")
                                + "项目支出绩效自评汇总表");
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /**
     * A header wider than its column breaks before its parenthesis ("调整后预算数" over "（万元）", "总分" over
     * "（满分100）"), as 汇总's do.
     */
    static String lines(String header, int width) {
        int open = header.indexOf('（');
        if (open <= 0 || SummaryWorkbook.units(header) <= width) return header;
        return header.substring(0, open) + "\n" + header.substring(open);
    }

    /** The column's width in characters: its own, or its widest header line. */
    private static int width(String header, int width) {
        int widest = 0;
        for (String line : header.split("\n"))
            widest = Math.max(widest, SummaryWorkbook.units(line) + 1);
        return Math.max(width, widest);
    }

    /** The project figures below the department figures of the 统计 sheet (its first two columns). */
    static void appendStatistics(Sheet stats, SummaryStyles styles, ProjectBoard board) {
        int next = stats.getLastRowNum() + 2;
        Row head = stats.createRow(next++);
        heading(head, "项目支出绩效自评表", "项目数", styles);
        next = count(stats, next, "自评表已生成", board.count(Status.CONVERTED));
        next = count(stats, next, "存在错误", board.count(Status.BLOCKED));
        next = count(stats, next, "合计", board.rows().size());
        next++;
        heading(stats.createRow(next++), "等级（自评表已生成的项目）", "项目数", styles);
        for (Map.Entry<String, Long> g : board.byGrade().entrySet())
            next = count(stats, next, g.getKey(), g.getValue());
        Row mean = stats.createRow(++next);
        mean.createCell(0).setCellValue("项目平均分");
        BigDecimal m = board.meanTotal();
        if (m == null) {
            mean.createCell(1).setCellValue("—");
        } else {
            mean.createCell(1).setCellValue(SummaryColumn.shown(m));
            mean.getCell(1).setCellStyle(styles.score());
        }
    }

    private static void heading(Row r, String label, String unit, SummaryStyles styles) {
        r.createCell(0).setCellValue(label);
        r.getCell(0).setCellStyle(styles.header());
        r.createCell(1).setCellValue(unit);
        r.getCell(1).setCellStyle(styles.header());
    }

    private static int count(Sheet sheet, int at, String label, long value) {
        Row r = sheet.createRow(at);
        r.createCell(0).setCellValue(label);
        r.createCell(1).setCellValue(value);
        return at + 1;
    }

    private static String label(ProjectVerdict v) {
        return v.status() == Status.CONVERTED ? "自评表已生成" : "存在错误";
    }

    private static String amount(BigDecimal v) {
        return v == null ? "" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void text(Cell cell, String value) {
        cell.setCellValue(FormulaGuard.neutralise(value));
    }

    private static void number(Cell cell, BigDecimal value, CellStyle style) {
        if (value == null) return;
        cell.setCellValue(SummaryColumn.shown(value));
        cell.setCellStyle(style);
    }

    private static void link(
            Cell cell, String relative, String header, SummaryStyles styles, Workbook wb) {
        if (relative != null) SummaryWorkbook.link(cell, relative, "打开" + header, styles, wb);
    }
}
