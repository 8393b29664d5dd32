package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.selfeval.model.CellRef;
import org.selfeval.model.ComparisonRow;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Num;
import org.selfeval.model.Percent;
import org.selfeval.model.Severity;

/**
 * A 合计 row as it will read once the fixes R-SUM / R-SUM-ROUNDING advise are applied: each year the
 * sum of the details. Checks of the cells that follow from the 合计 (its 差异, 差异率, cross-table
 * amounts) compare with these figures, so that applying every advised value leaves nothing new to
 * fix.
 *
 * @param causes the 合计 cells whose fix this assumes, with the severity of their findings
 * @param unreadable a figure of the table could not be read: nothing that rests on the 合计 can be
 *     advised
 */
record CorrectedTotal(
        BigDecimal current, BigDecimal previous, List<Cause> causes, boolean unreadable) {

    /** A cell whose own finding changes it, which finding and how serious it is. */
    record Cause(CellRef cell, FindingKind kind, Severity severity) {}

    CorrectedTotal {
        causes = List.copyOf(causes);
    }

    static CorrectedTotal of(ComparisonTable t, AuditContext ctx) {
        if (t == null || t.total() == null)
            return new CorrectedTotal(BigDecimal.ZERO, BigDecimal.ZERO, List.of(), false);
        List<Cause> causes = new java.util.ArrayList<>();
        BigDecimal current = year(t, ComparisonRow::current, ctx, causes);
        BigDecimal previous = year(t, ComparisonRow::previous, ctx, causes);
        boolean unreadable =
                restsOnUnreadable(t, ComparisonRow::current, ctx)
                        || restsOnUnreadable(t, ComparisonRow::previous, ctx);
        return new CorrectedTotal(current, previous, causes, unreadable);
    }

    /**
     * True when the 合计 or a detail of this column was typed but could not be read: no sum to check
     * or advise.
     */
    static boolean restsOnUnreadable(
            ComparisonTable t, Function<ComparisonRow, Num> cell, AuditContext ctx) {
        if (ctx.unreadable().any(cell.apply(t.total()))) return true;
        return t.details().stream().anyMatch(r -> ctx.unreadable().any(cell.apply(r)));
    }

    private static BigDecimal year(
            ComparisonTable t,
            Function<ComparisonRow, Num> cell,
            AuditContext ctx,
            List<Cause> causes) {
        Num typed = cell.apply(t.total());
        if (t.details().isEmpty() || restsOnUnreadable(t, cell, ctx)) return typed.orZero();
        BigDecimal sum =
                t.details().stream()
                        .map(r -> cell.apply(r).orZero())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (typed.orZero().compareTo(sum) != 0) {
            FindingKind kind = TotalEqualsDetailsRule.ruleFor(t, typed.orZero(), sum, ctx);
            causes.add(new Cause(typed.source(), kind, ctx.config().severity(kind)));
        }
        return sum;
    }

    boolean corrected() {
        return !causes.isEmpty();
    }

    /**
     * This year's 合计 for checks across tables: corrected when R-SUM asks for it, as typed when the
     * gap is only rounding of 元 to 万元 (which the department may leave).
     */
    BigDecimal currentAcrossTables(ComparisonTable t) {
        boolean beyondRounding =
                causes.stream().anyMatch(c -> c.kind() == TotalEqualsDetailsRule.KIND);
        return beyondRounding || t == null || t.total() == null
                ? current
                : t.total().current().orZero();
    }

    BigDecimal difference() {
        return current.subtract(previous);
    }

    BigDecimal rate() {
        return Percent.change(current, previous);
    }

    /** The most serious of the causes: a figure implied by a fix is as serious as the fix. */
    Severity severity() {
        return causes.stream()
                .map(Cause::severity)
                .min(Comparator.naturalOrder())
                .orElse(Severity.INFO);
    }

    /** "收入决算!B3、C3" for a message. */
    String cells() {
        return String.join("、", causes.stream().map(c -> c.cell().sheetCell()).toList());
    }
}
