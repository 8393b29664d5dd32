package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Comparison;
import org.selfeval.model.ComparisonLine;

/** The recomputed lines of both comparison tables that come from a typed row (合计 first, then details). */
final class ComparisonLines {

    private ComparisonLines() {
    }

    static List<ComparisonLine> all(AuditContext ctx) {
        List<ComparisonLine> lines = new ArrayList<>();
        add(ctx.recomputed().income(), lines);
        add(ctx.recomputed().expenditure(), lines);
        return lines;
    }

    static List<ComparisonLine> details(AuditContext ctx) {
        List<ComparisonLine> lines = new ArrayList<>(ctx.recomputed().income().details());
        lines.addAll(ctx.recomputed().expenditure().details());
        return lines;
    }

    private static void add(Comparison c, List<ComparisonLine> lines) {
        if (c.total().source() != null) lines.add(c.total());
        lines.addAll(c.details());
    }
}
