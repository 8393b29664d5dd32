package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Submission;

/**
 * R-RESCORE: a mechanically scored indicator (rates, thresholds, counts, formulas) whose self-score differs
 * from the engine's. Scores outside [0, 分值] are left to R-SCORE-RANGE.
 */
final class RescoreRule implements AuditRule {
    static final String ID = "R-RESCORE";

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (IndicatorScore leaf : ctx.recomputed().scores().leaves()) {
            var own = leaf.reportedScore();
            if (own == null || !ctx.methods().mechanical(leaf.method())) continue;
            if (own.signum() < 0 || own.compareTo(leaf.weight()) > 0) continue;
            if (!ctx.differs(own, leaf.score())) continue;
            out.add(ctx.finding(ID, leaf.row().selfScore().source(), leaf.name(), Formats.plain(leaf.score()),
                    Formats.plain(own), "“" + leaf.name() + "”按“" + leaf.method() + "”评分应得 "
                            + Formats.plain(leaf.score()) + " 分，自评 " + Formats.plain(own) + " 分，报告采用 "
                            + Formats.plain(leaf.score()) + " 分：请核对年度指标值、实际完成值和自评得分。"));
        }
        return out;
    }
}
