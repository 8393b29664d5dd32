package org.selfeval.evaluate.scoring;

import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.ScoreCard;

/**
 * The scored tree and what scoring found (indicators it could not score mechanically, unknown
 * methods).
 */
public record ScoringOutcome(ScoreCard card, List<Finding> findings) {

    public ScoringOutcome {
        findings = List.copyOf(findings);
    }
}
