package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorRowKind;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Submission;

/** Finding the department's 小计 and 合计 rows of 绩效指标, and what the department's own parts add up to. */
final class IndicatorRows {

    private IndicatorRows() {
    }

    /** The 小计 row of a 二级 group (level2 named) or of a 一级 group (level2 null or blank). */
    static Optional<IndicatorRow> subtotal(Submission s, String level1, String level2) {
        String l2 = level2 == null ? "" : level2;
        return s.indicators().stream().filter(r -> r.kind() == IndicatorRowKind.SUBTOTAL)
                .filter(r -> r.level1().value().equals(level1) && r.level2().value().equals(l2)).findFirst();
    }

    static Optional<IndicatorRow> total(Submission s) {
        return s.indicators().stream().filter(r -> r.kind() == IndicatorRowKind.TOTAL).findFirst();
    }

    /** Σ the department's own leaf scores of a 二级 group (blank counts 0). */
    static BigDecimal ownLeaves(GroupScore level2) {
        return level2.indicators().stream().map(IndicatorScore::reportedScore).map(v -> v == null ? BigDecimal.ZERO : v)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the department says a 二级 group scored: its 小计 when typed, else the sum of its own leaf scores. */
    static BigDecimal ownLevel2(GroupScore level2) {
        return level2.reportedScore() != null ? level2.reportedScore() : ownLeaves(level2);
    }

    /** Σ of what the department says each 二级 group of a 一级 group scored. */
    static BigDecimal ownChildren(GroupScore level1) {
        return level1.children().stream().map(IndicatorRows::ownLevel2).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the department says a 一级 group scored: its 小计 when typed, else the sum of its parts. */
    static BigDecimal ownLevel1(GroupScore level1) {
        return level1.reportedScore() != null ? level1.reportedScore() : ownChildren(level1);
    }

    static String label(GroupScore level1, GroupScore level2) {
        return level2 == null ? level1.name() + " 小计" : level2.name() + " 小计";
    }
}
