package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Comparison;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Num;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * The recomputed lines of both comparison tables that come from a typed row (合计 first, then
 * details).
 */
final class ComparisonLines {

    private ComparisonLines() {}

    /**
     * A typed row with the 差异 and 差异率 it should carry once the fixes advised for its amounts are
     * applied ({@code correction} is the 合计's own fix, null for a detail row or a 合计 that adds up;
     * {@code unreadable} when an amount it rests on could not be read).
     */
    record Expected(
            ComparisonLine line,
            BigDecimal difference,
            BigDecimal rate,
            CorrectedTotal correction,
            boolean unreadable,
            ComparisonTable table) {

        /** True when the 合计's own fix changes what this row's 差异/差异率 should be. */
        boolean followsFromTotal() {
            return correction != null;
        }

        boolean restsOnUnreadable() {
            return unreadable;
        }

        /**
         * The finding for a 差异 or 差异率 that agrees with the typed 合计 but not with the corrected one:
         * as serious as the 合计's own finding, so applying both leaves the row consistent.
         */
        Finding followingTotal(
                FindingKind kind,
                AuditContext ctx,
                Num typed,
                String figure,
                String expected,
                String found,
                String orFormula) {
            if (table.formula(typed)) {
                // The template's formula: it follows the 合计 by itself. Typing a number over it is
                // what breaks a row.
                return ctx.finding(
                        kind,
                        Severity.INFO,
                        typed.source(),
                        line.item(),
                        "",
                        found,
                        "“"
                                + line.item()
                                + "”的"
                                + figure
                                + "由公式计算，现为 "
                                + found
                                + "；改正 "
                                + correction.cells()
                                + " 后自动更新为 "
                                + expected
                                + "，无需修改本单元格（请保留公式）。");
            }
            return ctx.finding(
                    kind,
                    correction.severity(),
                    typed.source(),
                    line.item(),
                    expected,
                    found,
                    "“"
                            + line.item()
                            + "”的"
                            + figure
                            + " "
                            + found
                            + " 与所填合计相符；合计按明细之和改正后（见 "
                            + correction.cells()
                            + "），"
                            + figure
                            + "应为 "
                            + expected
                            + "：请与合计一并改为 "
                            + expected
                            + orFormula
                            + "。");
        }
    }

    static List<Expected> expected(Submission s, AuditContext ctx) {
        List<Expected> out = new ArrayList<>();
        add(ctx.recomputed().income(), s.income(), ctx, out);
        add(ctx.recomputed().expenditure(), s.expenditure(), ctx, out);
        return out;
    }

    private static void add(
            Comparison c, ComparisonTable table, AuditContext ctx, List<Expected> out) {
        if (c.total().source() != null) {
            CorrectedTotal t = CorrectedTotal.of(table, ctx);
            // A column whose details could not be read keeps its typed 合计: its 差异 is still checked
            // against it.
            boolean unreadable = amountsUnreadable(c.total(), ctx);
            out.add(
                    t.corrected()
                            ? new Expected(
                                    c.total(), t.difference(), t.rate(), t, unreadable, table)
                            : new Expected(
                                    c.total(),
                                    c.total().difference(),
                                    c.total().rate(),
                                    null,
                                    unreadable,
                                    table));
        }
        c.details()
                .forEach(
                        l ->
                                out.add(
                                        new Expected(
                                                l,
                                                l.difference(),
                                                l.rate(),
                                                null,
                                                amountsUnreadable(l, ctx),
                                                table)));
    }

    private static boolean amountsUnreadable(ComparisonLine l, AuditContext ctx) {
        return l.source() != null
                && ctx.unreadable().any(l.source().current(), l.source().previous());
    }

    static List<ComparisonLine> details(AuditContext ctx) {
        List<ComparisonLine> lines = new ArrayList<>(ctx.recomputed().income().details());
        lines.addAll(ctx.recomputed().expenditure().details());
        return lines;
    }
}
