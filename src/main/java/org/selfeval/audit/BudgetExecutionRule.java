package org.selfeval.audit;

import org.selfeval.model.Severity;
import org.selfeval.model.FindingKind;
import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.Submission;
import org.selfeval.model.WorkbookContract;
import org.selfeval.recompute.Recomputer;

/** R-BUDGET-RATE: 全年预算数 is there, so 支出合计 ÷ 全年预算数 can be computed; spending over the budget is reported. */
final class BudgetExecutionRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-BUDGET-RATE", "预算执行率", Severity.WARNING);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        BigDecimal budget = ctx.recomputed().annualBudget();
        BigDecimal rate = ctx.recomputed().budgetExecutionRate();
        if (ctx.unreadable().any(s.info().numbers().get(Recomputer.ANNUAL_BUDGET))) return List.of();
        if (budget == null || budget.signum() == 0) {
            return List.of(ctx.finding(KIND, s.info().number(Recomputer.ANNUAL_BUDGET).map(n -> n.source())
                            .orElse(AuditContext.sheet(s, WorkbookContract.SHEET_INFO)), Recomputer.ANNUAL_BUDGET, "", "",
                    "基本信息缺少“全年预算数”（或为 0），无法计算部门预算资金支出率：请填写全年预算数（万元）。"));
        }
        if (rate != null && rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            return List.of(ctx.finding(KIND, s.info().number(Recomputer.ANNUAL_BUDGET).get().source(), Recomputer.ANNUAL_BUDGET,
                    "≤ 100%", Formats.percent(rate), "支出合计 " + Formats.amount(ctx.recomputed().expenditure().total().current())
                            + " 万元超过全年预算数 " + Formats.amount(budget) + " 万元（执行率 " + Formats.percent(rate)
                            + "）：请核对全年预算数是否含年中追加。"));
        }
        return List.of();
    }
}
