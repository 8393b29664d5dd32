package org.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How figures are shown to people: HALF_UP to 2 decimals, thousands separators for amounts. */
public final class Formats {

    /** What a figure that cannot be computed (0 ÷ 0, no previous year) is shown as. */
    public static final String NOT_COMPUTABLE = "—";

    private Formats() {}

    /** 22918.405 → "22,918.41"; null → "—". */
    public static String amount(BigDecimal v) {
        if (v == null) return NOT_COMPUTABLE;
        return pattern("#,##0.00").format(v.setScale(2, RoundingMode.HALF_UP));
    }

    /** A rate in percent without the sign: 7.5241 → "7.52"; null → "—". */
    public static String rate(BigDecimal v) {
        if (v == null) return NOT_COMPUTABLE;
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A rate with the sign, always 2 decimals, wherever people read it: 99.7519 → "99.75%", 99.3 →
     * "99.30%", 100 → "100.00%".
     */
    public static String percent(BigDecimal v) {
        if (v == null) return NOT_COMPUTABLE;
        return rate(v) + "%";
    }

    /**
     * Scores and weights as the reference report prints them, the same on the console, in validate
     * and in the report: 2 decimals at most, trailing zeros dropped: 9.975 → "9.98", 3.00 → "3",
     * 0.5 → "0.5".
     */
    public static String plain(BigDecimal v) {
        if (v == null) return NOT_COMPUTABLE;
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.scale() < 0) r = r.setScale(0);
        return r.toPlainString();
    }

    private static DecimalFormat pattern(String p) {
        // DecimalFormat is not thread-safe: a fresh one per call keeps parallel conversion safe.
        DecimalFormat f = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
