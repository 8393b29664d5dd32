package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Submission;

/** R-SCORE-RANGE: every self-score lies between 0 and its 分值 (a score above 分值 is an error; the report clamps it). */
final class ScoreRangeRule implements AuditRule {
    static final String ID = "R-SCORE-RANGE";

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (IndicatorScore leaf : ctx.recomputed().scores().leaves()) {
            var own = leaf.reportedScore();
            if (own == null || (own.signum() >= 0 && own.compareTo(leaf.weight()) <= 0)) continue;
            out.add(ctx.finding(ID, leaf.row().selfScore().source(), leaf.name(),
                    "0 ~ " + Formats.plain(leaf.weight()), Formats.plain(own),
                    "“" + leaf.name() + "”自评得分 " + Formats.plain(own) + " 分超出分值范围 0 ~ "
                            + Formats.plain(leaf.weight()) + " 分：请改为不超过 " + Formats.plain(leaf.weight())
                            + " 分的得分。"));
        }
        return out;
    }
}
