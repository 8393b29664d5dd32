package org.selfeval.audit;

import org.selfeval.model.Severity;
import org.selfeval.model.FindingKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Submission;

/** R-WEIGHT-SUM: the 分值 of a 小计 (or 合计) row equals the sum of its parts' 分值. */
final class WeightSumRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-WEIGHT-SUM", "分值合计", Severity.ERROR);
    static final String ID = KIND.id();

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        BigDecimal all = BigDecimal.ZERO;
        for (GroupScore g1 : ctx.recomputed().scores().groups()) {
            BigDecimal children = BigDecimal.ZERO;
            for (GroupScore g2 : g1.children()) {
                BigDecimal leaves = g2.indicators().stream().map(IndicatorScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
                IndicatorRows.subtotal(s, g1.name(), g2.name())
                        .ifPresent(row -> compare(row, g2.name() + " 小计", leaves, ctx, out));
                children = children.add(g2.weight());
            }
            BigDecimal sum = children;
            IndicatorRows.subtotal(s, g1.name(), "").ifPresent(row -> compare(row, g1.name() + " 小计", sum, ctx, out));
            all = all.add(g1.weight());
        }
        BigDecimal total = all;
        IndicatorRows.total(s).ifPresent(row -> compare(row, "合计", total, ctx, out));
        return out;
    }

    private static void compare(IndicatorRow row, String item, BigDecimal parts, AuditContext ctx, List<Finding> out) {
        if (!row.weight().present() || !ctx.differs(row.weight().value(), parts)) return;
        out.add(ctx.finding(KIND, row.weight().source(), item, Formats.plain(parts), Formats.plain(row.weight().value()),
                "“" + item + "”的分值 " + Formats.plain(row.weight().value()) + " 不等于其下各项分值之和 "
                        + Formats.plain(parts) + "：请核对各项分值或把此处改为 " + Formats.plain(parts) + "。"));
    }
}
