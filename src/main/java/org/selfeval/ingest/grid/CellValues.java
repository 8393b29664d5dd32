package org.selfeval.ingest.grid;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a workbook cell's stored value becomes a {@link RawCell}, and which cells a merged region
 * covers: one place for both ways of reading an .xlsx (POI's usermodel and the streaming reader),
 * so they cannot drift apart.
 */
public final class CellValues {

    /**
     * Excel shows 15 significant digits; binary noise beyond (1603.8500000000022) is not what staff
     * typed.
     */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private CellValues() {}

    /**
     * A numeric value shown with its cell's number format ({@code format} may be null: POI's
     * "General").
     */
    public static RawCell number(
            String address,
            double value,
            short formatIndex,
            String format,
            DataFormatter formatter) {
        return number(
                address,
                value,
                formatIndex,
                format,
                DateUtil.isADateFormat(formatIndex, format),
                formatter);
    }

    /**
     * The same, with {@code DateUtil.isADateFormat(formatIndex, format)} already known (it depends
     * on nothing else).
     */
    public static RawCell number(
            String address,
            double value,
            short formatIndex,
            String format,
            boolean date,
            DataFormatter formatter) {
        if (!Double.isFinite(value)) return notANumber(address);
        BigDecimal n = BigDecimal.valueOf(value).round(EXCEL_DIGITS).stripTrailingZeros();
        if (n.scale() < 0) n = n.setScale(0);
        String shown = formatter.formatRawCellContents(value, formatIndex, format);
        // A date is a serial number underneath; it is read as the date text shown, never as an
        // amount.
        if (date) return RawCell.text(address, shown);
        boolean percent = format != null && format.contains("%");
        return new RawCell(address, shown, n, percent, null);
    }

    /** NaN or an infinity, which Excel cannot hold: shown as the error Excel gives for it. */
    public static RawCell notANumber(String address) {
        return new RawCell(address, "", null, false, "#NUM!");
    }

    /** A formula error by POI's code; an unknown code shows as #ERROR!. */
    public static RawCell error(String address, byte code) {
        String shown;
        try {
            FormulaError error = FormulaError.forInt(code);
            // POI's own marker "~CIRCULAR~REF~" means nothing to staff; Excel shows 0 and a warning
            // instead
            shown = error == FormulaError.CIRCULAR_REF ? "循环引用" : error.getString();
        } catch (IllegalArgumentException unknown) {
            shown = "#ERROR!";
        }
        return new RawCell(address, shown, null, false, shown);
    }

    /**
     * Cell of a merged region (other than its top-left) → the region, for cells in the region's
     * first column (vertically merged 一级指标 cells); rows beyond a table's row limit are not mapped.
     */
    public static Map<Long, CellRangeAddress> mergedBelow(List<CellRangeAddress> regions) {
        Map<Long, CellRangeAddress> map = new HashMap<>();
        for (CellRangeAddress region : regions) {
            int lastRow =
                    Math.min(region.getLastRow(), region.getFirstRow() + ReadLimits.MAX_TABLE_ROWS);
            for (int r = region.getFirstRow() + 1; r <= lastRow; r++) {
                map.put(key(r, region.getFirstColumn()), region);
            }
        }
        return map;
    }

    /** One long for a cell position (columns stay below 2^20 in any workbook). */
    public static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
