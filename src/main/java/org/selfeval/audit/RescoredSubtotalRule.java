package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.Submission;

/**
 * R-SUBTOTAL-RESCORED: a 小计/合计 that adds up (R-SUBTOTAL holds) but differs from the engine's recomputed
 * subtotal, because leaves were rescored or clamped. The report prints the recomputed figure.
 */
final class RescoredSubtotalRule implements AuditRule {
    static final String ID = "R-SUBTOTAL-RESCORED";

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        BigDecimal own = BigDecimal.ZERO;
        for (GroupScore g1 : ctx.recomputed().scores().groups()) {
            for (GroupScore g2 : g1.children()) {
                IndicatorRows.subtotal(s, g1.name(), g2.name()).ifPresent(row -> compare(row,
                        IndicatorRows.label(g1, g2), IndicatorRows.ownLeaves(g2), g2.score(), ctx, out));
            }
            IndicatorRows.subtotal(s, g1.name(), "").ifPresent(row -> compare(row,
                    IndicatorRows.label(g1, null), IndicatorRows.ownChildren(g1), g1.score(), ctx, out));
            own = own.add(IndicatorRows.ownLevel1(g1));
        }
        BigDecimal ownTotal = own;
        IndicatorRows.total(s).ifPresent(row ->
                compare(row, "合计", ownTotal, ctx.recomputed().scores().total(), ctx, out));
        return out;
    }

    private static void compare(IndicatorRow row, String item, BigDecimal ownParts, BigDecimal recomputed,
                                AuditContext ctx, List<Finding> out) {
        if (!row.selfScore().present() || SubtotalRule.inconsistent(row, ownParts, ctx)) return;
        BigDecimal typed = row.selfScore().value();
        if (!ctx.differs(typed, recomputed)) return;
        out.add(ctx.finding(ID, row.selfScore().source(), item, Formats.plain(recomputed), Formats.plain(typed),
                "“" + item + "”填报 " + Formats.plain(typed) + " 分，按评分方法重新计分后为 " + Formats.plain(recomputed)
                        + " 分，报告采用 " + Formats.plain(recomputed) + " 分：请核对相关指标得分。"));
    }
}
