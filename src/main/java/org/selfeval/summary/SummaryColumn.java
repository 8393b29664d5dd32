package org.selfeval.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;
import java.util.function.Predicate;
import org.selfeval.model.Formats;

/**
 * One column of the summary, for the CSV and the workbook alike: its header, width in characters,
 * kind and value (a String, a BigDecimal for scores and rates in percent, a Long for counts; null
 * when empty), and when its cell asks the bureau to act (highlighted in the workbook).
 */
record SummaryColumn(
        String header,
        int width,
        Kind kind,
        Function<DepartmentRow, Object> value,
        Predicate<DepartmentRow> attention) {

    enum Kind {
        TEXT,
        /** Text that wraps within its column, the row as tall as its lines (备注). */
        NOTE,
        SCORE,
        CHANGE,
        PERCENT,
        COUNT,
        LINK
    }

    SummaryColumn(String header, int width, Kind kind, Function<DepartmentRow, Object> value) {
        this(header, width, kind, value, row -> false);
    }

    /**
     * The value as the CSV shows it: 2 decimals HALF_UP, "+1.50" for a change, "99.75%" for a rate.
     */
    String text(DepartmentRow row) {
        Object v = value.apply(row);
        if (v == null) return "";
        return switch (kind) {
            case SCORE -> Formats.rate((BigDecimal) v);
            case CHANGE -> signed((BigDecimal) v);
            case PERCENT -> Formats.rate((BigDecimal) v) + "%";
            default -> v.toString();
        };
    }

    /**
     * The number a workbook cell stores: rounded as shown, so a sum in Excel adds what the reader
     * sees.
     */
    static double shown(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static String signed(BigDecimal v) {
        String s = Formats.rate(v);
        return v.setScale(2, RoundingMode.HALF_UP).signum() > 0 ? "+" + s : s;
    }
}
