package org.selfeval.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The scored indicator tree: 一级 groups in sheet order, the total out of 100 and the grade
 * (优/良/中/差), with the framework it was scored against (the report and the summary walk it).
 */
public record ScoreCard(
        List<GroupScore> groups,
        BigDecimal total,
        BigDecimal reportedTotal,
        String grade,
        IndicatorFramework framework) {

    public ScoreCard {
        groups = List.copyOf(groups);
    }

    /** Every leaf indicator, in tree order (一级 → 二级 → indicator). */
    public List<IndicatorScore> leaves() {
        return groups.stream()
                .flatMap(g1 -> g1.children().stream())
                .flatMap(g2 -> g2.indicators().stream())
                .toList();
    }

    /** False when no indicator row could be read: there is no score to print (not 0, not 差). */
    public boolean scored() {
        return !groups.isEmpty();
    }

    public Optional<GroupScore> group(String level1) {
        return groups.stream().filter(g -> g.name().equals(level1)).findFirst();
    }
}
