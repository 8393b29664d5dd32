package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.model.CellRef;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/** R-TREE: an indicator the configured framework names carries the framework's 分值. */
final class FrameworkWeightRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-TREE", "指标体系", Severity.WARNING);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        EvaluationConfig config = ctx.config();
        List<Finding> out = new ArrayList<>();
        for (GroupScore g1 : ctx.recomputed().scores().groups()) {
            CellRef g1Cell =
                    IndicatorRows.subtotal(s, g1.name(), "")
                            .map(r -> r.weight().source())
                            .orElse(null);
            compare(
                    config.frameworkWeight(g1.name(), "", "").orElse(null),
                    g1.weight(),
                    g1.name(),
                    g1Cell,
                    ctx,
                    out);
            for (GroupScore g2 : g1.children()) {
                CellRef g2Cell =
                        IndicatorRows.subtotal(s, g1.name(), g2.name())
                                .map(r -> r.weight().source())
                                .orElse(
                                        g2.indicators().isEmpty()
                                                ? null
                                                : g2.indicators().get(0).row().weight().source());
                compare(
                        config.frameworkWeight(g1.name(), g2.name(), "").orElse(null),
                        g2.weight(),
                        g2.name(),
                        g2Cell,
                        ctx,
                        out);
                for (IndicatorScore leaf : g2.indicators()) {
                    String l3 =
                            leaf.row().level3().isBlank()
                                    ? leaf.name()
                                    : leaf.row().level3().value();
                    BigDecimal expected =
                            config.frameworkWeight(g1.name(), g2.name(), l3).orElse(null);
                    if (expected == null || ctx.unreadable().any(leaf.row().weight())) continue;
                    compare(
                            expected,
                            leaf.weight(),
                            leaf.name(),
                            leaf.row().weight().source(),
                            ctx,
                            out);
                }
            }
        }
        return out;
    }

    /**
     * The 分值 a leaf will carry once this rule's advice is applied: the framework's where it names
     * the leaf.
     */
    static BigDecimal fixedLeafWeight(
            AuditContext ctx, GroupScore g1, GroupScore g2, IndicatorScore leaf) {
        if (ctx.unreadable().any(leaf.row().weight())) return leaf.weight();
        String l3 = leaf.row().level3().isBlank() ? leaf.name() : leaf.row().level3().value();
        return ctx.config().frameworkWeight(g1.name(), g2.name(), l3).orElse(leaf.weight());
    }

    private static void compare(
            BigDecimal expected,
            BigDecimal found,
            String item,
            CellRef cell,
            AuditContext ctx,
            List<Finding> out) {
        if (expected == null || cell == null || expected.compareTo(found) == 0) return;
        out.add(
                ctx.finding(
                        KIND,
                        cell,
                        item,
                        Formats.plain(expected),
                        Formats.plain(found),
                        "“"
                                + item
                                + "”的分值 "
                                + Formats.plain(found)
                                + " 与评价指标体系规定的 "
                                + Formats.plain(expected)
                                + " 分不一致：请按指标体系填写分值（如确需调整，请与财政部门确认）。"));
    }
}
