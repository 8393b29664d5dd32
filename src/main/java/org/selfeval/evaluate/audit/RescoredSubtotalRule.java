package org.selfeval.evaluate.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-SUBTOTAL-RESCORED: a 小计/合计 that adds up with the department's own parts but not with the parts
 * as they will read after their own fixes (an indicator rescored or capped): it follows from those
 * findings.
 */
final class RescoredSubtotalRule implements AuditRule {
    static final FindingKind KIND =
            new FindingKind("R-SUBTOTAL-RESCORED", "小计重算", Severity.WARNING);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (IndicatorRows.SubtotalCheck c :
                IndicatorRows.subtotalChecks(
                        s,
                        ctx.recomputed().scores(),
                        ctx.unreadable(),
                        new ExpectedScores(s, ctx))) {
            if (c.restsOnUnreadable()) continue;
            if (!ctx.differs(c.typed(), c.expected()) || ctx.differs(c.typed(), c.ownParts()))
                continue;
            String typed = Formats.plain(c.typed());
            String expected = Formats.plain(c.expected());
            out.add(
                    ctx.finding(
                            KIND,
                            c.row().selfScore().source(),
                            c.item(),
                            expected,
                            typed,
                            "“"
                                    + c.item()
                                    + "”填报 "
                                    + typed
                                    + " 分，与其下各项自评得分之和相符；按各项的修改意见（见 "
                                    + c.causeCells()
                                    + "）改正后应为 "
                                    + expected
                                    + " 分：请一并改为 "
                                    + expected
                                    + "。"));
        }
        return out;
    }
}
