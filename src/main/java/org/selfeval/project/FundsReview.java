package org.selfeval.project;

import java.math.BigDecimal;

/**
 * The 年度资金总额 line as the program recomputes it: the amounts (the sum of the sources where the total
 * row disagrees with them), 执行率 = 执行数 ÷ 预算数 × 100, and its score = min(执行率, 100%) × 分值. Null
 * figures could not be computed.
 */
public record FundsReview(
        BigDecimal initial,
        BigDecimal budget,
        BigDecimal executed,
        BigDecimal rate,
        BigDecimal weight,
        BigDecimal score) {}
