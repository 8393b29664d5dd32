package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Comparison;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.Submission;

/** The recomputed lines of both comparison tables that come from a typed row (合计 first, then details). */
final class ComparisonLines {

    private ComparisonLines() {
    }

    /**
     * A typed row with the 差异 and 差异率 it should carry once the fixes advised for its amounts are applied
     * ({@code correction} is the 合计's own fix, null for a detail row or a 合计 that adds up).
     */
    record Expected(ComparisonLine line, BigDecimal difference, BigDecimal rate, CorrectedTotal correction) {

        /** True when the 合计's own fix changes what this row's 差异/差异率 should be. */
        boolean followsFromTotal() {
            return correction != null;
        }
    }

    static List<Expected> expected(Submission s, AuditContext ctx) {
        List<Expected> out = new ArrayList<>();
        add(ctx.recomputed().income(), s.income(), ctx, out);
        add(ctx.recomputed().expenditure(), s.expenditure(), ctx, out);
        return out;
    }

    private static void add(Comparison c, ComparisonTable table, AuditContext ctx, List<Expected> out) {
        if (c.total().source() != null) {
            CorrectedTotal t = CorrectedTotal.of(table, ctx);
            out.add(t.corrected() ? new Expected(c.total(), t.difference(), t.rate(), t)
                    : new Expected(c.total(), c.total().difference(), c.total().rate(), null));
        }
        c.details().forEach(l -> out.add(new Expected(l, l.difference(), l.rate(), null)));
    }

    static List<ComparisonLine> details(AuditContext ctx) {
        List<ComparisonLine> lines = new ArrayList<>(ctx.recomputed().income().details());
        lines.addAll(ctx.recomputed().expenditure().details());
        return lines;
    }
}
