package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Formats;
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
        if (target.isEmpty() || actual.isEmpty())
            return ScoreResult.unscorable("年度指标值或实际完成值不是可比较的数值");
        BigDecimal t = target.get().value();
        BigDecimal a = actual.get();
        String compared =
                Scores.typed("实际完成值", row.actual())
                        + (a.compareTo(t) <= 0 ? "未超过" : "超过")
                        + Scores.typed("年度指标值", row.target());
        if (a.compareTo(t) <= 0) return ScoreResult.of(weight, compared);
        BigDecimal perPoint = ctx.config().reverseDeductionPerPoint();
        if (perPoint != null) {
            return ScoreResult.of(
                    Scores.clamp(weight.subtract(a.subtract(t).multiply(perPoint)), weight),
                    compared + "，每超出 1 个百分点扣 " + Formats.plain(perPoint) + " 分");
        }
        if (t.signum() <= 0) return ScoreResult.of(BigDecimal.ZERO, compared);
        return ScoreResult.of(Scores.proportion(t, a, weight), compared + "，按目标÷实际×分值计分");
    }
}
