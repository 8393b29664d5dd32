package org.selfeval.project;

import java.math.BigDecimal;
import org.selfeval.model.ProjectIndicator;

/**
 * One indicator with the score the review gives it (the self-score, capped, rescored or reduced by
 * a rule; null when unscored).
 */
public record ReviewedIndicator(ProjectIndicator indicator, BigDecimal score) {

    public boolean changed() {
        BigDecimal typed = indicator.score().value();
        return score != null && (typed == null || typed.compareTo(score) != 0);
    }
}
