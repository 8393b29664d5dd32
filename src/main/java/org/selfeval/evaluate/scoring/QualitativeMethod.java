package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import org.selfeval.model.IndicatorRow;

/**
 * 定性: the department's own score is kept (clamped to [0, 分值]; the audit reports a score out of
 * bounds).
 */
final class QualitativeMethod implements ScoringMethod {
    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        BigDecimal own = row.selfScore().value();
        return ScoreResult.of(own == null ? BigDecimal.ZERO : Scores.clamp(own, weight));
    }
}
