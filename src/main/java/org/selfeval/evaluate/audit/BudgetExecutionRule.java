package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.evaluate.recompute.Recomputer;
import org.selfeval.model.CellRef;
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
 * R-BUDGET-RATE: the budget execution rate can be computed, and spending over the budget is
 * explained. Findings sit on the cells the rate is computed from — 项目资金's 年度资金总额 row where the
 * framework has that table (caiyu-2020), else 基本信息's 全年预算数 and 支出决算's 合计 — and cite only those
 * figures, in the framework's name for the rate (预算执行率, 部门预算资金支出率). An overrun asks which source of
 * funds paid for the excess.
 */
final class BudgetExecutionRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-BUDGET-RATE", "预算执行情况", Severity.WARNING);
    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        String rateName = ctx.config().framework().budgetRateName();
        return s.funds().present()
                ? funds(s.funds(), rateName, s, ctx)
                : basicInfo(s, rateName, ctx);
    }

    private static List<Finding> basicInfo(Submission s, String rateName, AuditContext ctx) {
        BigDecimal budget = ctx.recomputed().annualBudget();
        BigDecimal rate = ctx.recomputed().budgetExecutionRate();
        if (ctx.unreadable().any(s.info().numbers().get(Recomputer.ANNUAL_BUDGET)))
            return List.of();
        CellRef budgetCell =
                s.info()
                        .number(Recomputer.ANNUAL_BUDGET)
                        .map(Num::source)
                        .orElse(AuditContext.sheet(s, WorkbookContract.SHEET_INFO));
        if (budget == null || budget.signum() == 0) {
            return List.of(
                    ctx.finding(
                            KIND,
                            budgetCell,
                            Recomputer.ANNUAL_BUDGET,
                            "",
                            "",
                            "基本信息缺少“全年预算数”（或为 0），无法计算" + rateName + "：请填写全年预算数（万元）。"));
        }
        if (rate == null || rate.compareTo(FULL) <= 0) return List.of();
        BigDecimal executed = ctx.recomputed().budgetExecuted();
        return List.of(
                ctx.finding(
                        KIND,
                        budgetCell,
                        Recomputer.ANNUAL_BUDGET,
                        "≥ " + Formats.amount(executed),
                        Formats.amount(budget),
                        "支出决算合计 "
                                + Formats.amount(executed)
                                + " 万元超过全年预算数 "
                                + Formats.amount(budget)
                                + " 万元，超出 "
                                + Formats.amount(executed.subtract(budget))
                                + " 万元（"
                                + rateName
                                + " "
                                + Formats.percent(rate)
                                + "）：超出部分由哪项资金支付？如使用了上年结转资金或其他资金，"
                                + "请把它计入全年预算数，或在支出决算的差异说明中写明；否则请核对支出合计。"));
    }

    private static List<Finding> funds(
            FundsTable funds, String rateName, Submission s, AuditContext ctx) {
        FundsRow total = funds.total();
        if (total == null || ctx.unreadable().any(total.annual(), total.executed()))
            return List.of();
        String sheet = WorkbookContract.SHEET_FUNDS;
        String row = WorkbookContract.FUNDS_TOTAL;
        BigDecimal budget = total.annual().value();
        if (budget == null || budget.signum() == 0) {
            return List.of(
                    ctx.finding(
                            KIND,
                            total.annual().source(),
                            row + " 全年预算数",
                            "",
                            "",
                            sheet
                                    + "“"
                                    + row
                                    + "”的全年预算数为空或为 0，无法计算"
                                    + rateName
                                    + "：请填写全年预算数（万元）。"));
        }
        BigDecimal executed = total.executed().orZero();
        BigDecimal rate = ctx.recomputed().budgetExecutionRate();
        if (rate == null || rate.compareTo(FULL) <= 0) return List.of();
        StringBuilder over = new StringBuilder();
        for (FundsRow r : funds.details()) {
            if (r.annual().present()
                    && r.executed().present()
                    && r.executed().value().compareTo(r.annual().value()) > 0) {
                over.append("其中“")
                        .append(r.name())
                        .append("”全年执行数 ")
                        .append(Formats.amount(r.executed().value()))
                        .append(" 万元超过其全年预算数 ")
                        .append(Formats.amount(r.annual().value()))
                        .append(" 万元（")
                        .append(r.executed().source().sheetCell())
                        .append("）；");
            }
        }
        return List.of(
                ctx.finding(
                        KIND,
                        total.executed().source(),
                        row + " 全年执行数",
                        "≤ " + Formats.amount(budget),
                        Formats.amount(executed),
                        sheet
                                + "“"
                                + row
                                + "”全年执行数 "
                                + Formats.amount(executed)
                                + " 万元超过全年预算数 "
                                + Formats.amount(budget)
                                + " 万元，超出 "
                                + Formats.amount(executed.subtract(budget))
                                + " 万元（"
                                + rateName
                                + " "
                                + Formats.percent(rate)
                                + "）；"
                                + over
                                + "超出部分由哪项资金支付？如来自上年结转资金"
                                + "或其他资金，请把它计入“上年结转资金”或“其他资金”一行的全年预算数（年度资金总额随之增加）；否则请核对全年执行数。"));
    }
}
