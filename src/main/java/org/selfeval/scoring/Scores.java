package org.selfeval.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.selfeval.model.IndicatorRow;

/** Arithmetic shared by the scoring methods; unrounded, clamped to [0, weight]. */
final class Scores {

    static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_UP);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scores() {
    }

    static BigDecimal clamp(BigDecimal score, BigDecimal weight) {
        if (score.signum() < 0) return BigDecimal.ZERO;
        return score.compareTo(weight) > 0 ? weight : score;
    }

    /** part ÷ whole × weight, clamped; whole must be non-zero. */
    static BigDecimal proportion(BigDecimal part, BigDecimal whole, BigDecimal weight) {
        return clamp(part.multiply(weight).divide(whole, PRECISION), weight);
    }

    static BigDecimal full(boolean condition, BigDecimal weight) {
        return condition ? weight : BigDecimal.ZERO;
    }

    static ScoreResult missing(String... keys) {
        return ScoreResult.unscorable("管理指标数据缺少 " + String.join("、", keys) + "，无法按公式计分");
    }

    /** The comparator implied by 指标性质 (≥ / ≤ / =). */
    static Relation natureRelation(IndicatorRow row, Relation fallback) {
        return switch (row.nature().value()) {
            case "≥", ">=" -> Relation.AT_LEAST;
            case "≤", "<=" -> Relation.AT_MOST;
            case "=" -> Relation.EQUAL;
            default -> fallback;
        };
    }
}
