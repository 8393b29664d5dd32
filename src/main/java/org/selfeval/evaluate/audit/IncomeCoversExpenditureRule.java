package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-X-INCOME: 支出合计 above 收入合计 (本年). Not an error: spending may draw on balances carried over, but
 * the gap deserves a look.
 */
final class IncomeCoversExpenditureRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-X-INCOME", "收支核对", Severity.INFO);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        if (s.income() == null
                || s.income().total() == null
                || s.expenditure() == null
                || s.expenditure().total() == null) {
            return List.of();
        }
        CorrectedTotal incomeTotal = CorrectedTotal.of(s.income(), ctx);
        CorrectedTotal spentTotal = CorrectedTotal.of(s.expenditure(), ctx);
        if (incomeTotal.unreadable() || spentTotal.unreadable()) return List.of();
        BigDecimal income = incomeTotal.currentAcrossTables(s.income());
        BigDecimal spent = spentTotal.currentAcrossTables(s.expenditure());
        if (spent.compareTo(income) <= 0) return List.of();
        return List.of(
                ctx.finding(
                        KIND,
                        s.expenditure().total().current().source(),
                        "支出合计",
                        "≤ " + Formats.amount(income),
                        Formats.amount(spent),
                        "本年支出合计 "
                                + Formats.amount(spent)
                                + " 万元超过收入合计 "
                                + Formats.amount(income)
                                + " 万元（相差 "
                                + Formats.amount(spent.subtract(income))
                                + " 万元）：如动用了以前年度结转资金，请在差异说明中写明；否则请核对收支数。"));
    }
}
