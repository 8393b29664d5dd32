package org.selfeval.scoring;

import java.math.BigDecimal;

/**
 * What a scoring method gave: a score, or the reason it could not score mechanically
 * (then the department's own score is kept and a 提示 says why).
 */
public record ScoreResult(BigDecimal score, String unscorableReason) {

    public static ScoreResult of(BigDecimal score) {
        return new ScoreResult(score, null);
    }

    public static ScoreResult unscorable(String reason) {
        return new ScoreResult(null, reason);
    }

    public boolean scored() {
        return score != null;
    }
}
