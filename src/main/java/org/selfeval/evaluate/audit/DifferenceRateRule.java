package org.selfeval.evaluate.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-RATE: a typed 差异率 equals 差异 ÷ 上年 × 100 from unrounded amounts (for a 合计 that R-SUM corrects,
 * from the corrected 合计, as R-DIFF does). When 上年 is 0 the rate is not computable: blank, "—" or 0
 * are accepted, any other figure is reported.
 */
final class DifferenceRateRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-RATE", "差异率复核", Severity.ERROR);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ComparisonLines.Expected e : ComparisonLines.expected(s, ctx)) {
            if (e.restsOnUnreadable()) continue;
            var typed = e.line().source().rate();
            if (!typed.present()) continue;
            String item = e.line().item();
            if (e.rate() == null) {
                if (typed.value().signum() == 0) continue;
                out.add(
                        ctx.finding(
                                KIND,
                                typed.source(),
                                item,
                                Formats.NOT_COMPUTABLE,
                                Formats.rate(typed.value()),
                                "“" + item + "”上年决算为 0，差异率无法计算：请填“—”或留空。"));
                continue;
            }
            if (!ctx.differs(typed.value(), e.rate())) continue;
            String expected = Formats.rate(e.rate());
            String found = Formats.rate(typed.value());
            boolean agreesWithTyped =
                    e.line().rate() != null && !ctx.differs(typed.value(), e.line().rate());
            if (e.followsFromTotal() && agreesWithTyped) {
                out.add(e.followingTotal(KIND, ctx, typed, "差异率", expected, found, ""));
                continue;
            }
            String basis =
                    e.followsFromTotal() ? "（按改正后的合计计算，见 " + e.correction().cells() + "）" : "";
            out.add(
                    ctx.finding(
                            KIND,
                            typed.source(),
                            item,
                            expected,
                            found,
                            "“"
                                    + item
                                    + "”的差异率应为差异÷上年决算×100"
                                    + basis
                                    + " = "
                                    + expected
                                    + "，填报为 "
                                    + found
                                    + "：请改为 "
                                    + expected
                                    + "。"));
        }
        return out;
    }
}
