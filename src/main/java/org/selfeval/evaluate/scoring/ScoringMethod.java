package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import org.selfeval.model.IndicatorRow;

/**
 * Scores one leaf indicator out of its weight (分值). Each method is one small class, registered in
 * {@link ScoringMethods}.
 */
@FunctionalInterface
public interface ScoringMethod {
    ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext context);
}
