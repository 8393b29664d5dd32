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
 * R-SUBTOTAL: each 小计 and the 合计 the department typed equals the sum of the department's own parts:
 * a 二级 小计 = Σ its leaf scores; a 一级 小计 = Σ its 二级 小计 (or their leaves where no 小计 is typed);
 * 合计 = Σ 一级 小计.
 */
final class SubtotalRule implements AuditRule {
    static final String ID = "R-SUBTOTAL";

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        BigDecimal all = BigDecimal.ZERO;
        for (GroupScore g1 : ctx.recomputed().scores().groups()) {
            for (GroupScore g2 : g1.children()) {
                IndicatorRows.subtotal(s, g1.name(), g2.name()).ifPresent(row ->
                        compare(row, IndicatorRows.label(g1, g2), IndicatorRows.ownLeaves(g2), ctx, out));
            }
            IndicatorRows.subtotal(s, g1.name(), "").ifPresent(row ->
                    compare(row, IndicatorRows.label(g1, null), IndicatorRows.ownChildren(g1), ctx, out));
            all = all.add(IndicatorRows.ownLevel1(g1));
        }
        BigDecimal total = all;
        IndicatorRows.total(s).ifPresent(row -> compare(row, "合计", total, ctx, out));
        return out;
    }

    /** True when the row's typed score differs from the sum of the department's own parts. */
    static boolean inconsistent(IndicatorRow row, BigDecimal parts, AuditContext ctx) {
        return row.selfScore().present() && ctx.differs(row.selfScore().value(), parts);
    }

    private static void compare(IndicatorRow row, String item, BigDecimal parts, AuditContext ctx, List<Finding> out) {
        if (!inconsistent(row, parts, ctx)) return;
        BigDecimal typed = row.selfScore().value();
        out.add(ctx.finding(ID, row.selfScore().source(), item, Formats.plain(parts), Formats.plain(typed),
                "“" + item + "”填报 " + Formats.plain(typed) + " 分，但其下各项自评得分之和为 " + Formats.plain(parts)
                        + " 分：请核对各项得分，或把此处改为 " + Formats.plain(parts) + "。"));
    }
}
