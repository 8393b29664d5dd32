package org.selfeval.evaluate.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-SUBTOTAL: a 小计 or 合计 the department typed that adds up neither with its own parts nor with its
 * parts as they will read after their own fixes. The advice is the latter (the score the report
 * prints), so a clerk who applies every advised value ends with a table that adds up; a 小计 that
 * already equals it gets no finding.
 */
final class SubtotalRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-SUBTOTAL", "小计复核", Severity.ERROR);

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
            if (!ctx.differs(c.typed(), c.expected()) || !ctx.differs(c.typed(), c.ownParts()))
                continue;
            String typed = Formats.plain(c.typed());
            String expected = Formats.plain(c.expected());
            String parts =
                    ctx.differs(c.ownParts(), c.expected())
                            ? "其下各项自评得分之和为 "
                                    + Formats.plain(c.ownParts())
                                    + " 分，按各项的修改意见（见 "
                                    + c.causeCells()
                                    + "）改正后为 "
                                    + expected
                                    + " 分"
                            : "其下各项自评得分之和为 " + expected + " 分";
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
                                    + " 分，但"
                                    + parts
                                    + "：请把此处改为 "
                                    + expected
                                    + "。"));
        }
        return out;
    }
}
