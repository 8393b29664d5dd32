package org.selfeval.evaluate.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-DIFF: a typed 差异 equals 本年决算 − 上年决算 (recomputed from the amounts as read; for a 合计 that R-SUM
 * corrects, from the corrected 合计). A 差异 that agrees with a wrong 合计 gets its own finding too, as
 * serious as the 合计's, so that applying every advised value leaves a consistent row.
 */
final class DifferenceRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-DIFF", "差异复核", Severity.ERROR);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ComparisonLines.Expected e : ComparisonLines.expected(s, ctx)) {
            if (e.restsOnUnreadable()) continue;
            var typed = e.line().source().difference();
            if (!typed.present() || !ctx.differs(typed.value(), e.difference())) continue;
            String item = e.line().item();
            String expected = Formats.amount(e.difference());
            String found = Formats.amount(typed.value());
            if (e.followsFromTotal() && !ctx.differs(typed.value(), e.line().difference())) {
                out.add(e.followingTotal(KIND, ctx, typed, "差异", expected, found, "（或改用公式）"));
                continue;
            }
            String basis =
                    e.followsFromTotal() ? "按改正后的合计（见 " + e.correction().cells() + "）计算，" : "";
            out.add(
                    ctx.finding(
                            KIND,
                            typed.source(),
                            item,
                            expected,
                            found,
                            "“"
                                    + item
                                    + "”的差异应为本年决算减上年决算，"
                                    + basis
                                    + "为 "
                                    + expected
                                    + "，填报为 "
                                    + found
                                    + "：请改为 "
                                    + expected
                                    + "（或改用公式）。"));
        }
        return out;
    }
}
