package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorRow;

/**
 * 零容忍: the actual counts occurrences (late filings, incidents); any occurrence → 0, none → full.
 */
final class ZeroToleranceMethod implements ScoringMethod {
    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        String actual = row.actual().value();
        if (actual.equals("无") || actual.equals("未发生"))
            return ScoreResult.of(weight, Scores.typed("实际完成值", row.actual()));
        Optional<BigDecimal> count = Quantity.single(actual);
        if (count.isEmpty()) return ScoreResult.unscorable("实际完成值应为发生次数（如 0）");
        boolean none = count.get().signum() <= 0;
        return ScoreResult.of(
                Scores.full(none, weight),
                Scores.typed("实际完成值", row.actual())
                        + (none ? "表明未发生" : "表明发生 " + Formats.plain(count.get()) + " 次，发生即不得分"));
    }
}
