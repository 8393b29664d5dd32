package org.selfeval.model;

import java.math.BigDecimal;

/**
 * A row of a comparison table as the report shows it: amounts as read, 差异 and 差异率 recomputed.
 * {@code rate} is in percent, unrounded, null when 上年 is zero (shown as "—").
 */
public record ComparisonLine(
        String item,
        BigDecimal current,
        BigDecimal previous,
        BigDecimal difference,
        BigDecimal rate,
        String explanation,
        ComparisonRow source) {}
