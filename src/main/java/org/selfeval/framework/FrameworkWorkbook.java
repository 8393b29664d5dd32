package org.selfeval.framework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.model.NameKey;

/**
 * The framework as the workbook a bureau edits in Excel or WPS: 说明 first, then one sheet per table.
 */
public final class FrameworkWorkbook {

    private FrameworkWorkbook() {}

    /** The editable workbook of a framework, as .xlsx bytes. */
    public static byte[] export(Framework f) {
        return write(FrameworkGuide.lines(f), FrameworkTables.of(f).values());
    }

    /**
     * A 说明 sheet of {@code lines}, then one sheet per table (shared with the project framework's
     * export).
     */
    static byte[] write(List<String[]> lines, Collection<Table> tables) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet guide = wb.createSheet(FrameworkLayout.GUIDE);
            for (int i = 0; i < lines.size(); i++) {
                Row row = guide.createRow(i);
                for (int c = 0; c < lines.get(i).length; c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(lines.get(i)[c]);
                    cell.setCellStyle(c == 0 ? header : wrap);
                }
            }
            guide.setColumnWidth(0, 16 * 256);
            guide.setColumnWidth(1, 100 * 256);
            for (Table t : tables) {
                Sheet s = wb.createSheet(t.sheet());
                Row head = s.createRow(0);
                for (int c = 0; c < t.header().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(t.header().get(c));
                    cell.setCellStyle(header);
                    s.setColumnWidth(c, Math.max(10, t.header().get(c).length() * 3) * 256);
                }
                for (Table.Row r : t.rows()) {
                    Row row = s.createRow(r.index());
                    for (int c = 0; c < r.cells().size(); c++) {
                        String v = r.cells().get(c);
                        if (v.isEmpty()) continue;
                        Cell cell = row.createCell(c);
                        if (FrameworkTables.numeric(t.header().get(c)))
                            cell.setCellValue(new BigDecimal(v).doubleValue());
                        else cell.setCellValue(v);
                    }
                }
                s.createFreezePane(0, 1);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a framework workbook; every problem names its cell. */
    public static Framework load(Path file, Collection<String> knownMethods) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new FrameworkException(name, List.of("文件不存在或不是文件：请检查路径 " + file + "。"));
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
                Workbook wb = WorkbookFactory.create(in)) {
            for (String sheet :
                    java.util.stream.Stream.concat(
                                    FrameworkLayout.SHEETS.stream(),
                                    java.util.stream.Stream.of(FrameworkLayout.RULES))
                            .toList()) {
                Sheet s = wb.getSheet(sheet);
                if (s != null) tables.put(sheet, table(s, FrameworkLayout.header(sheet).get(0)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FrameworkException fe) throw fe;
            throw new FrameworkException(
                    name,
                    List.of(
                            "无法作为 Excel 工作簿打开（"
                                    + e.getClass().getSimpleName()
                                    + "）：请用 Excel 或 WPS 另存为“Excel 工作簿(*.xlsx)”后再试。"));
        }
        return new FrameworkReader(name, knownMethods).read(tables);
    }

    /** How far down a header may sit below titles a finance officer typed above it. */
    private static final int HEADER_SEARCH_ROWS = 5;

    /**
     * The header is the first row holding the sheet's first label (a title above it is allowed);
     * every later row is kept with its index so messages name the cell.
     */
    static Table table(Sheet s, String firstLabel) {
        int headerRow = s.getFirstRowNum();
        for (int r = s.getFirstRowNum();
                r <= Math.min(s.getLastRowNum(), s.getFirstRowNum() + HEADER_SEARCH_ROWS);
                r++) {
            if (cells(s.getRow(r)).stream().anyMatch(c -> NameKey.same(c, firstLabel))) {
                headerRow = r;
                break;
            }
        }
        List<String> header = cells(s.getRow(headerRow));
        List<Table.Row> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null) rows.add(new Table.Row(r, cells(row)));
        }
        return new Table(s.getSheetName(), header, rows);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        if (row == null) return cells;
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) cells.add(text(row.getCell(c)));
        return cells;
    }

    /**
     * A number as Excel shows it in General format (0.5, not 0.50000001), text as typed, a
     * formula's cached result.
     */
    private static String text(Cell cell) {
        if (cell == null) return "";
        CellType type =
                cell.getCellType() == CellType.FORMULA
                        ? cell.getCachedFormulaResultType()
                        : cell.getCellType();
        return switch (type) {
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
