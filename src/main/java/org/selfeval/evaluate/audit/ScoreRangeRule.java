package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-SCORE-RANGE: every self-score lies between 0 and its 分值. The advice is the score the report
 * would print (the recomputed one for a mechanical method, else the score capped at 分值), so 小计
 * checks can rely on it.
 */
final class ScoreRangeRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-SCORE-RANGE", "得分范围", Severity.ERROR);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        ExpectedScores expected = new ExpectedScores(s, ctx);
        for (IndicatorScore leaf : ctx.recomputed().scores().leaves()) {
            var own = leaf.reportedScore();
            if (ctx.unreadable().any(leaf.row().weight()))
                continue; // the reader asks for the 分值 first
            BigDecimal weight = expected.weight(leaf);
            if (own == null || (own.signum() >= 0 && own.compareTo(weight) <= 0)) continue;
            String score = Formats.plain(expected.of(leaf));
            String reason = ctx.methods().mechanical(leaf.method()) ? ctx.scoreReason(s, leaf) : "";
            out.add(
                    ctx.finding(
                            KIND,
                            leaf.row().selfScore().source(),
                            leaf.name(),
                            score,
                            Formats.plain(own),
                            "“"
                                    + leaf.name()
                                    + "”自评得分 "
                                    + Formats.plain(own)
                                    + " 分超出分值范围 0 至 "
                                    + Formats.plain(weight)
                                    + " 分"
                                    + (reason.isEmpty() ? "" : "；" + reason)
                                    + "：请改为 "
                                    + score
                                    + " 分。"));
        }
        return out;
    }
}
