package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.IndicatorRow;

/** 阈值: the actual reaches the target (a threshold) → full, else 0 (no partial credit). */
final class ThresholdMethod implements ScoringMethod {
    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        Optional<Target> target = Target.parse(row.target().value(), Relation.AT_LEAST);
        Optional<BigDecimal> actual = Quantity.single(row.actual().value());
        if (target.isEmpty() || actual.isEmpty())
            return ScoreResult.unscorable("年度指标值或实际完成值不是可比较的数值");
        int cmp = actual.get().compareTo(target.get().value());
        boolean met =
                switch (target.get().relation()) {
                    case AT_LEAST -> cmp >= 0;
                    case AT_MOST -> cmp <= 0;
                    case EQUAL -> cmp == 0;
                };
        return ScoreResult.of(
                Scores.full(met, weight),
                Scores.typed("实际完成值", row.actual())
                        + (met ? "达到" : "未达到")
                        + Scores.typed("年度指标值", row.target()));
    }
}
