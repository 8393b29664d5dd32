package org.selfeval.model;

import java.math.BigDecimal;

/**
 * A number read from a cell, unrounded, with its source. {@code value} is null when the cell was
 * blank or "—".
 */
public record Num(BigDecimal value, CellRef source) {

    public static Num blank(CellRef source) {
        return new Num(null, source);
    }

    public boolean present() {
        return value != null;
    }

    /** The value, or zero for a blank cell (a blank amount means nothing was spent). */
    public BigDecimal orZero() {
        return value == null ? BigDecimal.ZERO : value;
    }
}
