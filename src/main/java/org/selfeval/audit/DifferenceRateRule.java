package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.Submission;

/**
 * R-RATE: a typed 差异率 equals 差异 ÷ 上年 × 100 from unrounded amounts. When 上年 is 0 the rate is not
 * computable: blank, "—" or 0 are accepted, any other figure is reported.
 */
final class DifferenceRateRule implements AuditRule {
    static final String ID = "R-RATE";

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ComparisonLine line : ComparisonLines.all(ctx)) {
            var typed = line.source().rate();
            if (!typed.present()) continue;
            if (line.rate() == null) {
                if (typed.value().signum() == 0) continue;
                out.add(ctx.finding(ID, typed.source(), line.item(), Formats.NOT_COMPUTABLE, Formats.rate(typed.value()),
                        "“" + line.item() + "”上年决算为 0，差异率无法计算：请填“—”或留空。"));
            } else if (ctx.differs(typed.value(), line.rate())) {
                out.add(ctx.finding(ID, typed.source(), line.item(), Formats.rate(line.rate()), Formats.rate(typed.value()),
                        "“" + line.item() + "”的差异率应为差异÷上年决算×100 = " + Formats.rate(line.rate())
                                + "，填报为 " + Formats.rate(typed.value()) + "：请改为 " + Formats.rate(line.rate()) + "。"));
            }
        }
        return out;
    }
}
