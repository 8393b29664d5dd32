package org.selfeval.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A POI sheet seen as a grid. Formulas are evaluated; when evaluation fails (external links, functions POI
 * lacks) the value Excel cached when the file was saved is used. A cell inside a merged region shows the
 * region's value when it is in the region's first column (vertically merged 一级指标 cells), blank otherwise,
 * as Excel displays it. Valid only while its workbook is open; not thread-safe (one read uses it).
 */
final class PoiSheetGrid implements SheetGrid {

    /** Excel shows 15 significant digits; binary noise beyond (1603.8500000000022) is not what staff typed. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final String file;
    private final Sheet sheet;
    private final FormulaEvaluator evaluator;
    private final DataFormatter formatter;
    /** Cell of a merged region (other than its top-left) → the region, for cells in the region's first column. */
    private Map<Long, CellRangeAddress> mergedBelow;

    PoiSheetGrid(String file, Sheet sheet, FormulaEvaluator evaluator, DataFormatter formatter) {
        this.file = file;
        this.sheet = sheet;
        this.evaluator = evaluator;
        this.formatter = formatter;
    }

    /** Built on first use, so a malformed merge list fails while the sheet is being read (and is reported). */
    private Map<Long, CellRangeAddress> mergedBelow() {
        if (mergedBelow == null) {
            Map<Long, CellRangeAddress> map = new HashMap<>();
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                int lastRow = Math.min(region.getLastRow(), region.getFirstRow() + ReadLimits.MAX_TABLE_ROWS);
                for (int r = region.getFirstRow() + 1; r <= lastRow; r++) {
                    map.put(key(r, region.getFirstColumn()), region);
                }
            }
            mergedBelow = map;
        }
        return mergedBelow;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public String sheet() {
        return sheet.getSheetName().strip();
    }

    @Override
    public int lastRow() {
        return sheet.getPhysicalNumberOfRows() == 0 ? -1 : sheet.getLastRowNum();
    }

    @Override
    public RawCell cell(int row, int column) {
        CellRangeAddress region = mergedBelow().get(key(row, column));
        if (region != null) {
            row = region.getFirstRow();
            column = region.getFirstColumn();
        }
        String address = SheetGrid.address(row, column);
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        if (c == null) return RawCell.blank(address);
        return read(c, address);
    }

    private RawCell read(Cell c, String address) {
        CellType type = c.getCellType();
        if (type != CellType.FORMULA) return stored(c, address, type);
        try {
            CellValue v = evaluator.evaluate(c);
            if (v == null) return RawCell.blank(address);
            return switch (v.getCellType()) {
                case NUMERIC -> number(c, address, v.getNumberValue());
                case STRING -> RawCell.text(address, v.getStringValue());
                case BOOLEAN -> RawCell.text(address, v.getBooleanValue() ? "TRUE" : "FALSE");
                case ERROR -> error(address, v.getErrorValue());
                default -> RawCell.blank(address);
            };
        } catch (RuntimeException evaluationFailed) {
            // Unsupported function, external workbook, broken reference: use the value Excel saved.
            return stored(c, address, c.getCachedFormulaResultType());
        }
    }

    /** A plain cell, or a formula's cached result of the given type. */
    private RawCell stored(Cell c, String address, CellType type) {
        return switch (type) {
            case NUMERIC -> number(c, address, c.getNumericCellValue());
            case STRING -> RawCell.text(address, c.getStringCellValue());
            case BOOLEAN -> RawCell.text(address, c.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> error(address, c.getErrorCellValue());
            default -> RawCell.blank(address);
        };
    }

    private RawCell number(Cell c, String address, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return new RawCell(address, "", null, false, "#NUM!");
        BigDecimal n = BigDecimal.valueOf(value).round(EXCEL_DIGITS).stripTrailingZeros();
        if (n.scale() < 0) n = n.setScale(0);
        String format = c.getCellStyle().getDataFormatString();
        short formatIndex = c.getCellStyle().getDataFormat();
        String shown = formatter.formatRawCellContents(value, formatIndex, format);
        // A date is a serial number underneath; it is read as the date text shown, never as an amount.
        if (DateUtil.isADateFormat(formatIndex, format)) return RawCell.text(address, shown);
        boolean percent = format != null && format.contains("%");
        return new RawCell(address, shown, n, percent, null);
    }

    private static RawCell error(String address, byte code) {
        String shown;
        try {
            FormulaError error = FormulaError.forInt(code);
            // POI's own marker "~CIRCULAR~REF~" means nothing to staff; Excel shows 0 and a warning instead
            shown = error == FormulaError.CIRCULAR_REF ? "循环引用" : error.getString();
        } catch (IllegalArgumentException unknown) {
            shown = "#ERROR!";
        }
        return new RawCell(address, shown, null, false, shown);
    }
}
