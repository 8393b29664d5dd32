package org.selfeval.evaluate.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-RESCORE: a mechanically scored indicator (rates, thresholds, counts, formulas) whose self-score
 * differs from the engine's, with the reason the method gives. Scores outside [0, 分值] are left to
 * R-SCORE-RANGE.
 */
final class RescoreRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-RESCORE", "得分重算", Severity.WARNING);

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
            if (own == null || !ctx.methods().mechanical(leaf.method())) continue;
            if (own.signum() < 0 || own.compareTo(expected.weight(leaf)) > 0) continue;
            if (!ctx.differs(own, expected.of(leaf))) continue;
            String reason = ctx.scoreReason(s, leaf);
            String score = Formats.plain(expected.of(leaf));
            out.add(
                    ctx.finding(
                            KIND,
                            leaf.row().selfScore().source(),
                            leaf.name(),
                            score,
                            Formats.plain(own),
                            "“"
                                    + leaf.name()
                                    + "”自评 "
                                    + Formats.plain(own)
                                    + " 分，按“"
                                    + leaf.method()
                                    + "”评分应得 "
                                    + score
                                    + " 分"
                                    + (reason.isEmpty() ? "" : "：" + reason)
                                    + "。请改为 "
                                    + score
                                    + " 分；如所填数据有误，请改正年度指标值、实际完成值或管理指标数据。"));
        }
        return out;
    }
}
