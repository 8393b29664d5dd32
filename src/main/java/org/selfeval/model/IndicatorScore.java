package org.selfeval.model;

import java.math.BigDecimal;

/**
 * A leaf indicator with the score the engine gives it.
 *
 * @param score the score the report prints (recomputed for mechanical methods, the department's own
 *     for 定性)
 * @param reportedScore what the department typed (null when blank)
 * @param method the scoring method applied (正向, 支出率, 定性 …)
 */
public record IndicatorScore(
        IndicatorRow row,
        BigDecimal weight,
        BigDecimal score,
        BigDecimal reportedScore,
        String method) {

    public String name() {
        return row.name();
    }
}
