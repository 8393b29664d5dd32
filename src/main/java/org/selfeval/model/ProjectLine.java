package org.selfeval.model;

import java.math.BigDecimal;

/**
 * A key project as the report shows it; {@code rate} = 实际支出 ÷ 调整后预算 × 100, null when there is no
 * adjusted budget.
 */
public record ProjectLine(
        String seq,
        String name,
        BigDecimal initialBudget,
        BigDecimal adjustedBudget,
        BigDecimal actual,
        BigDecimal rate,
        String explanation,
        KeyProject source) {}
