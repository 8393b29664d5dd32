package org.selfeval.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Percentages computed from unrounded amounts; rounding happens only when shown (see {@link
 * Formats}).
 */
public final class Percent {

    /** Enough digits that rounding to 2 decimals when shown is never affected. */
    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_UP);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    /**
     * part ÷ whole × 100, or null when whole is zero or either is missing (not computable, shown as
     * "—").
     */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, PRECISION);
    }

    /** (current − previous) ÷ previous × 100, or null when previous is zero or missing. */
    public static BigDecimal change(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null) return null;
        return of(current.subtract(previous), previous);
    }
}
