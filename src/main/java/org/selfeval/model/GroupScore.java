package org.selfeval.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 一级 or 二级 indicator group: its weight, the sum of its parts, and the subtotal the department
 * reported (null when it typed none). A 一级 group has {@code children}; a 二级 group has {@code indicators}.
 */
public record GroupScore(String name, BigDecimal weight, BigDecimal score, BigDecimal reportedScore,
                         List<GroupScore> children, List<IndicatorScore> indicators) {

    public GroupScore {
        children = List.copyOf(children);
        indicators = List.copyOf(indicators);
    }
}
