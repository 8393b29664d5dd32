package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.Submission;

/** R-DIFF: a typed 差异 equals 本年决算 − 上年决算 (recomputed from the amounts as read). */
final class DifferenceRule implements AuditRule {
    static final String ID = "R-DIFF";

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ComparisonLine line : ComparisonLines.all(ctx)) {
            var typed = line.source().difference();
            if (!typed.present() || !ctx.differs(typed.value(), line.difference())) continue;
            out.add(ctx.finding(ID, typed.source(), line.item(), Formats.amount(line.difference()),
                    Formats.amount(typed.value()), "“" + line.item() + "”的差异应为本年决算减上年决算 "
                            + Formats.amount(line.difference()) + "，填报为 " + Formats.amount(typed.value())
                            + "：请改为 " + Formats.amount(line.difference()) + "（或改用公式）。"));
        }
        return out;
    }
}
