package org.selfeval.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 一级 or 二级 indicator group: its weight, the sum of its parts, and the subtotal the department
 * reported (null when it typed none). A 一级 group has {@code children}; a 二级 group has {@code
 * indicators}.
 */
public record GroupScore(
        String name,
        BigDecimal weight,
        BigDecimal score,
        BigDecimal reportedScore,
        List<GroupScore> children,
        List<IndicatorScore> indicators) {

    public GroupScore {
        children = List.copyOf(children);
        indicators = List.copyOf(indicators);
    }

    /**
     * What the department reported for this group: its 小计, else (a group without a 小计 row, such as
     * a single indicator) the sum of the scores it typed below; null only when it typed none.
     */
    public BigDecimal selfReported() {
        if (reportedScore != null) return reportedScore;
        List<BigDecimal> parts =
                children.isEmpty()
                        ? indicators.stream().map(IndicatorScore::reportedScore).toList()
                        : children.stream().map(GroupScore::selfReported).toList();
        if (parts.stream().allMatch(java.util.Objects::isNull)) return null;
        return parts.stream()
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
