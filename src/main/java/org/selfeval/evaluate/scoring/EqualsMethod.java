package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.IndicatorRow;

/**
 * 等于: the actual equals the target (as numbers, or as text when neither is a single number) → full,
 * else 0.
 */
final class EqualsMethod implements ScoringMethod {
    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        String target = row.target().value();
        String actual = row.actual().value();
        if (target.isEmpty() || actual.isEmpty()) return ScoreResult.unscorable("年度指标值或实际完成值为空");
        Optional<BigDecimal> t = Quantity.single(target);
        Optional<BigDecimal> a = Quantity.single(actual);
        String said = Scores.typed("实际完成值", row.actual());
        String wanted = Scores.typed("年度指标值", row.target());
        if (t.isPresent() && a.isPresent()) {
            boolean equal = t.get().compareTo(a.get()) == 0;
            return ScoreResult.of(
                    Scores.full(equal, weight), said + (equal ? "等于" : "不等于") + wanted);
        }
        if (Quantity.normalise(target).equals(Quantity.normalise(actual)))
            return ScoreResult.of(weight, said + "与" + wanted + "相同");
        return ScoreResult.unscorable("年度指标值与实际完成值无法按数值比较");
    }
}
