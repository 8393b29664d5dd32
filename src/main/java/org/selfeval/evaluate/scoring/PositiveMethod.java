package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.IndicatorRow;

/**
 * 正向 (≥): at or above target → full; below → actual ÷ target × 分值, or 0 when partial credit is off.
 */
final class PositiveMethod implements ScoringMethod {
    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        Optional<Target> target = Target.parse(row.target().value(), Relation.AT_LEAST);
        Optional<BigDecimal> actual = Quantity.single(row.actual().value());
        if (target.isEmpty() || actual.isEmpty())
            return ScoreResult.unscorable("年度指标值或实际完成值不是可比较的数值");
        if (target.get().relation() == Relation.AT_MOST)
            return new ReverseMethod().score(row, weight, ctx);
        BigDecimal t = target.get().value();
        BigDecimal a = actual.get();
        String compared =
                Scores.typed("实际完成值", row.actual())
                        + (a.compareTo(t) >= 0 ? "达到" : "低于")
                        + Scores.typed("年度指标值", row.target());
        if (a.compareTo(t) >= 0) return ScoreResult.of(weight, compared);
        if (!ctx.config().positivePartialCredit() || t.signum() <= 0)
            return ScoreResult.of(BigDecimal.ZERO, compared);
        return ScoreResult.of(Scores.proportion(a, t, weight), compared + "，按实际÷目标×分值计分");
    }
}
