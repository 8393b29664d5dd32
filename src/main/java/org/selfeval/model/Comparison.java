package org.selfeval.model;

import java.math.BigDecimal;
import java.util.List;

/** A recomputed comparison table (收入 or 支出) with its 合计 line first. */
public record Comparison(ComparisonLine total, List<ComparisonLine> details) {

    public Comparison {
        details = List.copyOf(details);
    }

    /**
     * A detail line's share of this year's total, in percent (占本年合计的 …%), null when the total is
     * zero.
     */
    public BigDecimal share(ComparisonLine line) {
        return Percent.of(line.current(), total.current());
    }
}
