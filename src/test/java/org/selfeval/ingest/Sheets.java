package org.selfeval.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helper: sheets described as rows of values, written as real .xlsx/.xls/.csv files. */
final class Sheets {

    private Sheets() {}

    /** A formula, with the text a person would type in a CSV instead. */
    record Formula(String formula, String csvText) {}

    /** A numeric cell formatted as a percentage (0.0752 shown as 7.52%). */
    record Pct(double value) {}

    /** A formula whose cell is formatted as a percentage. */
    record PctFormula(String formula, String csvText) {}

    /** A formula with a cached value stored in the file. */
    record CachedFormula(String formula, double cached) {}

    /** A date cell (yyyy-mm-dd format). */
    record DateCell(java.time.LocalDate date) {}

    record Spec(String name, List<Object[]> rows, List<String> merges) {
        Spec(String name, Object[][] rows, String... merges) {
            this(name, List.of(rows), List.of(merges));
        }
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static Path xlsx(Path file, List<Spec> specs) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            return write(wb, file, specs);
        }
    }

    static Path xlsm(Path file, List<Spec> specs) throws IOException {
        try (Workbook wb = new XSSFWorkbook(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM)) {
            return write(wb, file, specs);
        }
    }

    static Path xls(Path file, List<Spec> specs) throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            return write(wb, file, specs);
        }
    }

    private static Path write(Workbook wb, Path file, List<Spec> specs) throws IOException {
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        for (Spec spec : specs) {
            Sheet sheet = wb.createSheet(spec.name());
            for (int r = 0; r < spec.rows().size(); r++) {
                Object[] values = spec.rows().get(r);
                if (values == null || values.length == 0) continue;
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    Object v = values[c];
                    if (v == null) continue;
                    Cell cell = row.createCell(c);
                    if (v instanceof String s) {
                        cell.setCellValue(s);
                        if (s.contains("\n")) cell.setCellStyle(wrap);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Formula f) {
                        cell.setCellFormula(f.formula());
                    } else if (v instanceof PctFormula f) {
                        cell.setCellFormula(f.formula());
                        cell.setCellStyle(percent);
                    } else if (v instanceof Pct p) {
                        cell.setCellValue(p.value());
                        cell.setCellStyle(percent);
                    } else if (v instanceof DateCell d) {
                        cell.setCellValue(d.date());
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof CachedFormula f) {
                        cell.setCellFormula(f.formula());
                        cell.setCellValue(f.cached());
                    } else {
                        throw new IllegalArgumentException(String.valueOf(v));
                    }
                }
            }
            for (String m : spec.merges()) sheet.addMergedRegion(CellRangeAddress.valueOf(m));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    /** Writes one sheet as CSV in the given charset, optionally with a UTF-8 BOM. */
    static Path csv(Path file, Spec spec, Charset charset, boolean bom) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer =
                new CSVPrinter(sb, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            for (Object[] values : spec.rows()) {
                List<String> cells = new ArrayList<>();
                if (values != null) {
                    for (Object v : values) cells.add(csvText(v));
                }
                printer.printRecord(cells);
            }
        }
        byte[] body = sb.toString().getBytes(charset);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(body);
        }
        return file;
    }

    private static String csvText(Object v) {
        if (v == null) return "";
        if (v instanceof String s) return s;
        if (v instanceof Number n)
            return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        if (v instanceof Formula f) return f.csvText();
        if (v instanceof PctFormula f) return f.csvText();
        if (v instanceof Pct p)
            return java.math.BigDecimal.valueOf(p.value())
                            .movePointRight(2)
                            .stripTrailingZeros()
                            .toPlainString()
                    + "%";
        throw new IllegalArgumentException(String.valueOf(v));
    }
}
