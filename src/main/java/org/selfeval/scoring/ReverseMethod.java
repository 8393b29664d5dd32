package org.selfeval.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.IndicatorRow;

/**
 * 反向 (≤): at or under target → full; over → target ÷ actual × 分值, or a fixed deduction per
 * percentage point over the target when configured.
 */
final class ReverseMethod implements ScoringMethod {
    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        Optional<Target> target = Target.parse(row.target().value(), Relation.AT_MOST);
        Optional<BigDecimal> actual = Quantity.single(row.actual().value());
        if (target.isEmpty() || actual.isEmpty()) return ScoreResult.unscorable("年度指标值或实际完成值不是可比较的数值");
        BigDecimal t = target.get().value();
        BigDecimal a = actual.get();
        if (a.compareTo(t) <= 0) return ScoreResult.of(weight);
        BigDecimal perPoint = ctx.config().reverseDeductionPerPoint();
        if (perPoint != null) {
            return ScoreResult.of(Scores.clamp(weight.subtract(a.subtract(t).multiply(perPoint)), weight));
        }
        if (t.signum() <= 0) return ScoreResult.of(BigDecimal.ZERO);
        return ScoreResult.of(Scores.proportion(t, a, weight));
    }
}
