package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.selfeval.model.ComparisonRow;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.Num;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-SUM: 合计 = Σ detail rows, for 本年 and 上年 of both tables. A difference of at most {@code
 * tolerance.amount-per-row} × (number of detail rows) is rounding of 元 to 万元 (R-SUM-ROUNDING, 提示);
 * a larger one is R-SUM.
 */
final class TotalEqualsDetailsRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-SUM", "合计复核", Severity.ERROR);
    static final FindingKind ROUNDING = new FindingKind("R-SUM-ROUNDING", "合计尾差", Severity.INFO);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND, ROUNDING);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        table(s.income(), ctx, out);
        table(s.expenditure(), ctx, out);
        return out;
    }

    private static void table(ComparisonTable t, AuditContext ctx, List<Finding> out) {
        if (t == null || t.total() == null || t.details().isEmpty()) return;
        year(t, "本年决算", ComparisonRow::current, ctx, out);
        year(t, "上年决算", ComparisonRow::previous, ctx, out);
    }

    /**
     * R-SUM-ROUNDING when the 合计 is within the rounding of 元 to 万元 of the sum of its details, else
     * R-SUM.
     */
    static FindingKind ruleFor(
            ComparisonTable t, BigDecimal total, BigDecimal sum, AuditContext ctx) {
        BigDecimal tolerance =
                ctx.config()
                        .amountTolerancePerRow()
                        .multiply(BigDecimal.valueOf(t.details().size()));
        return total.subtract(sum).abs().compareTo(tolerance) <= 0 ? ROUNDING : KIND;
    }

    private static void year(
            ComparisonTable t,
            String column,
            Function<ComparisonRow, Num> cell,
            AuditContext ctx,
            List<Finding> out) {
        if (CorrectedTotal.restsOnUnreadable(t, cell, ctx)) return;
        BigDecimal sum =
                t.details().stream()
                        .map(r -> cell.apply(r).orZero())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        Num total = cell.apply(t.total());
        BigDecimal gap = total.orZero().subtract(sum).abs();
        if (gap.signum() == 0) return;
        String item = t.sheet() + " 合计（" + column + "）";
        String parts =
                String.join(
                        " + ",
                        t.details().stream()
                                .map(r -> Formats.amount(cell.apply(r).orZero()))
                                .toList());
        if (ruleFor(t, total.orZero(), sum, ctx) == ROUNDING) {
            out.add(
                    ctx.finding(
                            ROUNDING,
                            total.source(),
                            item,
                            Formats.amount(sum),
                            Formats.amount(total.orZero()),
                            t.sheet()
                                    + "的"
                                    + column
                                    + "合计 "
                                    + Formats.amount(total.orZero())
                                    + " 与各明细之和 "
                                    + parts
                                    + " = "
                                    + Formats.amount(sum)
                                    + " 相差 "
                                    + Formats.amount(gap)
                                    + " 万元，在元转万元的四舍五入误差以内；如合计按元汇总后折算，可不修改。"));
        } else {
            out.add(
                    ctx.finding(
                            KIND,
                            total.source(),
                            item,
                            Formats.amount(sum),
                            Formats.amount(total.orZero()),
                            t.sheet()
                                    + "的"
                                    + column
                                    + "合计 "
                                    + Formats.amount(total.orZero())
                                    + " 不等于各明细之和 "
                                    + parts
                                    + " = "
                                    + Formats.amount(sum)
                                    + "：请核对明细行或把合计改为 "
                                    + Formats.amount(sum)
                                    + "。"));
        }
    }
}
