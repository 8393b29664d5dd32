package org.selfeval.ingest;

import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.selfeval.ingest.grid.CellValues;
import org.selfeval.ingest.grid.RawCell;
import org.selfeval.ingest.grid.SheetGrid;

/**
 * A POI sheet seen as a grid. Formulas are evaluated; when evaluation fails (external links,
 * functions POI lacks) the value Excel cached when the file was saved is used. A cell inside a
 * merged region shows the region's value when it is in the region's first column (vertically merged
 * 一级指标 cells), blank otherwise, as Excel displays it. Valid only while its workbook is open; not
 * thread-safe (one read uses it).
 */
public final class PoiSheetGrid implements SheetGrid {

    private final String file;
    private final Sheet sheet;
    private final FormulaEvaluator evaluator;
    private final DataFormatter formatter;

    /**
     * Cell of a merged region (other than its top-left) → the region, for cells in the region's
     * first column.
     */
    private Map<Long, CellRangeAddress> mergedBelow;

    PoiSheetGrid(String file, Sheet sheet, FormulaEvaluator evaluator, DataFormatter formatter) {
        this.file = file;
        this.sheet = sheet;
        this.evaluator = evaluator;
        this.formatter = formatter;
    }

    /**
     * Built on first use, so a malformed merge list fails while the sheet is being read (and is
     * reported).
     */
    private Map<Long, CellRangeAddress> mergedBelow() {
        if (mergedBelow == null) mergedBelow = CellValues.mergedBelow(sheet.getMergedRegions());
        return mergedBelow;
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
        CellRangeAddress region = mergedBelow().get(CellValues.key(row, column));
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

    @Override
    public boolean formula(int row, int column) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        return c != null && c.getCellType() == CellType.FORMULA;
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
                case ERROR -> CellValues.error(address, v.getErrorValue());
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
            case ERROR -> CellValues.error(address, c.getErrorCellValue());
            default -> RawCell.blank(address);
        };
    }

    private RawCell number(Cell c, String address, double value) {
        if (!Double.isFinite(value))
            return CellValues.notANumber(address); // before the style is looked at, as always
        CellStyle style = c.getCellStyle();
        return CellValues.number(
                address, value, style.getDataFormat(), style.getDataFormatString(), formatter);
    }
}
