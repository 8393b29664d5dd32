package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.FundsRow;
import org.selfeval.model.FundsTable;
import org.selfeval.model.Num;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.model.WorkbookContract;

/**
 * R-FUNDS-SUM: in 项目资金, 年度资金总额 = 本年财政拨款 + 上年结转资金 + 其他资金, for 年初预算数, 全年预算数 and 全年执行数. Published
 * tables of this kind have printed 0 | 0 | 0 over a sub-row of 90 | 89.974 | 89.974 and scored the
 * execution rate 0. Within {@code tolerance.amount-per-row} × rows it is rounding of 元 to 万元 and
 * not reported.
 */
final class FundsTotalRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-FUNDS-SUM", "项目资金合计", Severity.ERROR);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        FundsTable t = s.funds();
        if (t.total() == null || t.details().isEmpty()) return List.of();
        List<Finding> out = new ArrayList<>();
        column(t, WorkbookContract.FUNDS_HEADERS.get(1), FundsRow::initial, ctx, out);
        column(t, WorkbookContract.FUNDS_HEADERS.get(2), FundsRow::annual, ctx, out);
        column(t, WorkbookContract.FUNDS_HEADERS.get(3), FundsRow::executed, ctx, out);
        return out;
    }

    private static void column(
            FundsTable t,
            String label,
            Function<FundsRow, Num> cell,
            AuditContext ctx,
            List<Finding> out) {
        BigDecimal sum =
                t.details().stream()
                        .map(r -> cell.apply(r).orZero())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        Num total = cell.apply(t.total());
        BigDecimal tolerance =
                ctx.config()
                        .amountTolerancePerRow()
                        .multiply(BigDecimal.valueOf(t.details().size()));
        if (total.orZero().subtract(sum).abs().compareTo(tolerance) <= 0) return;
        String parts =
                String.join(
                        " + ",
                        t.details().stream()
                                .map(r -> Formats.amount(cell.apply(r).orZero()))
                                .toList());
        String item = t.total().name() + "（" + label + "）";
        out.add(
                ctx.finding(
                        KIND,
                        total.source(),
                        item,
                        Formats.amount(sum),
                        Formats.amount(total.orZero()),
                        "“"
                                + item
                                + "”填 "
                                + Formats.amount(total.orZero())
                                + " 万元，而其下各行之和为 "
                                + parts
                                + " = "
                                + Formats.amount(sum)
                                + " 万元：请把年度资金总额改为 "
                                + Formats.amount(sum)
                                + "（预算执行率按年度资金总额计算）。"));
    }
}
