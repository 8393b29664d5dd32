package org.selfeval.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.model.Formats;
import org.selfeval.pipeline.Status;

/**
 * The bureau's summary, {@code <out>/<年度>/汇总.csv} and {@code 汇总.xlsx}: one row per department, its latest
 * entry in the manifest. Rebuilt whole from the manifest after each run, so it covers every night's work.
 * Submissions without a known year (unreadable files) have no row: they are listed in failed/.
 */
public final class SummaryWriter {

    public static final String CSV_NAME = "汇总.csv";
    public static final String XLSX_NAME = "汇总.xlsx";
    /** The columns before and after the 一级 score columns, which the frameworks of the year's entries give. */
    static final List<String> LEADING = List.of("部门名称", "年度", "总分", "等级");
    static final List<String> TRAILING = List.of("预算资金支出率", "错误数", "警告数", "状态", "报告文件", "处理时间");
    private static final char BOM = '\uFEFF';

    private SummaryWriter() {
    }

    /** Writes the summaries of every year in the manifest; returns the files written. */
    public static List<Path> write(Path out, List<ManifestEntry> entries) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<ManifestEntry>> year : latestByYear(entries).entrySet()) {
            Path folder = out.resolve(SafeNames.of(year.getKey(), ReportNames.UNKNOWN_YEAR));
            Path csv = folder.resolve(CSV_NAME);
            Path xlsx = folder.resolve(XLSX_NAME);
            AtomicFiles.write(csv, csv(year.getValue()));
            AtomicFiles.write(xlsx, xlsx(year.getValue()));
            written.add(csv);
            written.add(xlsx);
        }
        return written;
    }

    /** Year → the latest entry of each department in it, departments in name order. */
    static Map<String, List<ManifestEntry>> latestByYear(List<ManifestEntry> entries) {
        Map<String, Map<String, ManifestEntry>> latest = new TreeMap<>();
        for (ManifestEntry e : entries) {
            if (e.year().isBlank() || e.department().isBlank() || e.status() == Status.INTERNAL_ERROR) continue;
            latest.computeIfAbsent(e.year(), y -> new TreeMap<>()).put(e.department(), e); // later entries win
        }
        Map<String, List<ManifestEntry>> result = new LinkedHashMap<>();
        latest.forEach((year, byDepartment) -> result.put(year, List.copyOf(byDepartment.values())));
        return result;
    }

    static byte[] csv(List<ManifestEntry> rows) throws IOException {
        StringWriter out = new StringWriter();
        out.append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
            List<String> groups = GroupScores.columns(rows);
            printer.printRecord(header(groups));
            for (ManifestEntry e : rows) {
                printer.printRecord(textRow(e, groups).stream().map(FormulaGuard::neutralise).toList());
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The row as text, the way the CSV shows it: scores with 2 decimals, the execution rate as "99.75%". */
    static List<String> textRow(ManifestEntry e, List<String> groups) {
        List<String> row = new ArrayList<>(List.of(e.department(), e.year(), fixed(e.total()), e.grade()));
        groups.forEach(g -> row.add(fixed(e.groups().get(g))));
        row.addAll(List.of(e.executionRate() == null ? "" : Formats.percent(e.executionRate()),
                Long.toString(e.errors()), Long.toString(e.warnings()), e.status().label(), e.report(),
                e.processedAt()));
        return row;
    }

    static List<String> header(List<String> groups) {
        List<String> header = new ArrayList<>(LEADING);
        header.addAll(groups);
        header.addAll(TRAILING);
        return header;
    }

    static byte[] xlsx(List<ManifestEntry> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("汇总");
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle score = wb.createCellStyle();
            score.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            List<String> groups = GroupScores.columns(rows);
            List<String> headerText = header(groups);
            int firstGroup = LEADING.size(), rate = firstGroup + groups.size();
            Row head = sheet.createRow(0);
            for (int c = 0; c < headerText.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(headerText.get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (ManifestEntry e : rows) {
                Row row = sheet.createRow(r++);
                List<String> text = textRow(e, groups);
                for (int c = 0; c < text.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (c == 2) number(cell, e.total(), score);
                    else if (c >= firstGroup && c < rate) number(cell, e.groups().get(groups.get(c - firstGroup)), score);
                    else if (c == rate) number(cell, e.executionRate() == null ? null : e.executionRate().movePointLeft(2), percent);
                    else if (c == rate + 1) cell.setCellValue(e.errors());
                    else if (c == rate + 2) cell.setCellValue(e.warnings());
                    // text cells are plain strings, never formulas; still neutralised for tools that re-export
                    else cell.setCellValue(FormulaGuard.neutralise(text.get(c)));
                }
            }
            int[] leading = {36, 8, 10, 6};
            int[] trailing = {14, 8, 8, 20, 60, 20};
            for (int c = 0; c < headerText.size(); c++) {
                int w = c < firstGroup ? leading[c] : c < rate ? 10 : trailing[c - rate];
                sheet.setColumnWidth(c, w * 256);
            }
            sheet.createFreezePane(0, 1);
            wb.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static void number(Cell cell, BigDecimal value, CellStyle style) {
        if (value == null) {
            cell.setBlank();
            return;
        }
        // a cell holds a double: the value is exact to its 2 shown decimals, computation stayed in BigDecimal
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static String fixed(BigDecimal v) {
        return v == null ? "" : Formats.rate(v);
    }
}
