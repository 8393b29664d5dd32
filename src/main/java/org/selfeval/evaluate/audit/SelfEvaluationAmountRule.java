package org.selfeval.evaluate.audit;

import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-X-SELF-EVAL-AMOUNT: 基本信息 整体支出自评金额 equals 支出决算 合计 (the executed amount used for the execution
 * rate).
 */
final class SelfEvaluationAmountRule implements AuditRule {
    static final FindingKind KIND =
            new FindingKind("R-X-SELF-EVAL-AMOUNT", "自评金额核对", Severity.WARNING);
    static final String KEY = "整体支出自评金额";
    private static final InfoAmountCheck CHECK =
            new InfoAmountCheck(KIND, KEY, "支出决算合计", "请核对后改为一致的金额。");

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        var amount = s.info().number(KEY);
        if (amount.isEmpty() || s.expenditure() == null || s.expenditure().total() == null)
            return List.of();
        // The 合计 as it will read once R-SUM's advice is applied, so both fixes agree.
        CorrectedTotal total = CorrectedTotal.of(s.expenditure(), ctx);
        if (total.unreadable()) return List.of();
        var expected = total.currentAcrossTables(s.expenditure());
        boolean corrected = expected.compareTo(s.expenditure().total().current().orZero()) != 0;
        return CHECK.check(
                amount.get(), expected, corrected ? "（按明细之和改正后，见 " + total.cells() + "）" : "", ctx);
    }
}
