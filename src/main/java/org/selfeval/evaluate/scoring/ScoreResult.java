package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;

/**
 * What a scoring method gave: a score and why, or the reason it could not score mechanically (then
 * the department's own score is kept and a 提示 says why).
 */
public record ScoreResult(
        BigDecimal score, String reason, String unscorableReason, boolean aboutTarget) {

    public ScoreResult {
        reason = reason == null ? "" : reason;
    }

    public static ScoreResult of(BigDecimal score) {
        return new ScoreResult(score, "", null, false);
    }

    /**
     * A score with why, in words and with the cells it rests on, for the finding that tells staff
     * their own score differs: "“三公”经费实际支出 160.00 万元超过预算 150.00 万元（管理指标数据!B5、B6）".
     */
    public static ScoreResult of(BigDecimal score, String reason) {
        return new ScoreResult(score, reason, null, false);
    }

    public static ScoreResult unscorable(String reason) {
        return new ScoreResult(null, "", reason, false);
    }

    /**
     * Unscorable because of what 年度指标值 says (a relative deadline): the finding cites the target's
     * cell.
     */
    public static ScoreResult unscorableTarget(String reason) {
        return new ScoreResult(null, "", reason, true);
    }

    public boolean scored() {
        return score != null;
    }
}
