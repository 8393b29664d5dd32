package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-WEIGHT-SUM: the 分值 of a 小计 (or 合计) row equals the sum of its parts' 分值 as they will read after
 * their own fixes (an indicator the framework names at the framework's 分值, a wrong 小计 at its parts'
 * sum). When the 小计 is right but an indicator's typed 分值 breaks it, the finding is at that
 * indicator, so applying every advised value leaves weights that add up.
 */
final class WeightSumRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-WEIGHT-SUM", "分值合计", Severity.ERROR);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    /** An indicator whose 分值 will change, and to what. */
    private record LeafFix(IndicatorScore leaf, BigDecimal weight) {}

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        // A 分值 below that could not be read counts as the framework's or 0: the reader asks for it
        // first, and the sums that rest on it are not checked.
        List<Finding> out = new ArrayList<>();
        BigDecimal typedTotal = BigDecimal.ZERO;
        BigDecimal fixedTotal = BigDecimal.ZERO;
        boolean anyUnreadable = false;
        for (GroupScore g1 : ctx.recomputed().scores().groups()) {
            BigDecimal typedChildren = BigDecimal.ZERO;
            BigDecimal fixedChildren = BigDecimal.ZERO;
            boolean g1Unreadable = false;
            for (GroupScore g2 : g1.children()) {
                boolean g2Unreadable =
                        g2.indicators().stream()
                                .anyMatch(l -> ctx.unreadable().any(l.row().weight()));
                g1Unreadable |= g2Unreadable;
                BigDecimal typedLeaves = BigDecimal.ZERO;
                BigDecimal fixedLeaves = BigDecimal.ZERO;
                List<LeafFix> fixes = new ArrayList<>();
                for (IndicatorScore leaf : g2.indicators()) {
                    BigDecimal fixed = FrameworkWeightRule.fixedLeafWeight(ctx, g1, g2, leaf);
                    typedLeaves = typedLeaves.add(leaf.weight());
                    fixedLeaves = fixedLeaves.add(fixed);
                    if (fixed.compareTo(leaf.weight()) != 0) fixes.add(new LeafFix(leaf, fixed));
                }
                BigDecimal typed = typedLeaves;
                BigDecimal fixed = fixedLeaves;
                if (!g2Unreadable) {
                    IndicatorRows.subtotal(s, g1.name(), g2.name())
                            .ifPresent(
                                    row ->
                                            compare(
                                                    row,
                                                    g2.name() + " 小计",
                                                    typed,
                                                    fixed,
                                                    fixes,
                                                    ctx,
                                                    out));
                }
                typedChildren = typedChildren.add(g2.weight());
                fixedChildren = fixedChildren.add(fixedLeaves);
            }
            BigDecimal typed = typedChildren;
            BigDecimal fixed = fixedChildren;
            if (!g1Unreadable) {
                IndicatorRows.subtotal(s, g1.name(), "")
                        .ifPresent(
                                row ->
                                        compare(
                                                row,
                                                g1.name() + " 小计",
                                                typed,
                                                fixed,
                                                List.of(),
                                                ctx,
                                                out));
            }
            anyUnreadable |= g1Unreadable;
            typedTotal = typedTotal.add(g1.weight());
            fixedTotal = fixedTotal.add(fixedChildren);
        }
        BigDecimal typed = typedTotal;
        BigDecimal fixed = fixedTotal;
        if (!anyUnreadable)
            IndicatorRows.total(s)
                    .ifPresent(row -> compare(row, "合计", typed, fixed, List.of(), ctx, out));
        return out;
    }

    private static void compare(
            IndicatorRow row,
            String item,
            BigDecimal typedParts,
            BigDecimal fixedParts,
            List<LeafFix> fixes,
            AuditContext ctx,
            List<Finding> out) {
        if (!row.weight().present()) return;
        BigDecimal typed = row.weight().value();
        if (!ctx.differs(typed, fixedParts)) {
            if (!ctx.differs(typed, typedParts)) return;
            // The 小计 is right; the indicators the framework corrects are what breaks it.
            for (LeafFix fix : fixes) {
                String w = Formats.plain(fix.weight());
                out.add(
                        ctx.finding(
                                KIND,
                                fix.leaf().row().weight().source(),
                                fix.leaf().name(),
                                w,
                                Formats.plain(fix.leaf().weight()),
                                "“"
                                        + fix.leaf().name()
                                        + "”的分值 "
                                        + Formats.plain(fix.leaf().weight())
                                        + " 使“"
                                        + item
                                        + "”的分值 "
                                        + Formats.plain(typed)
                                        + " 与其下各项分值之和 "
                                        + Formats.plain(typedParts)
                                        + " 不符；评价指标体系规定为 "
                                        + w
                                        + " 分：请改为 "
                                        + w
                                        + "。"));
            }
            return;
        }
        String parts =
                ctx.differs(typedParts, fixedParts)
                        ? "其下各项分值之和为 "
                                + Formats.plain(typedParts)
                                + "，按各项的修改意见改正后为 "
                                + Formats.plain(fixedParts)
                        : "其下各项分值之和为 " + Formats.plain(fixedParts);
        out.add(
                ctx.finding(
                        KIND,
                        row.weight().source(),
                        item,
                        Formats.plain(fixedParts),
                        Formats.plain(typed),
                        "“"
                                + item
                                + "”的分值 "
                                + Formats.plain(typed)
                                + " 不等于"
                                + parts
                                + "：请核对各项分值或把此处改为 "
                                + Formats.plain(fixedParts)
                                + "。"));
    }
}
