package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-BUDGET-NOTE: a budget execution rate below {@code threshold.project-execution} needs its reason
 * on the indicator row scored by it (the 完成情况说明 of 部门预算资金支出率, the 偏差原因分析及改进措施 of the national
 * table's 预算执行率), as 财预〔2020〕10号 asks.
 */
final class BudgetRateExplanationRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-BUDGET-NOTE", "执行率说明", Severity.WARNING);

    /** The scoring method of the budget-execution line. */
    static final String RATE_METHOD = "支出率";

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        BigDecimal rate = ctx.recomputed().budgetExecutionRate();
        BigDecimal threshold = ctx.config().projectExecutionThreshold();
        if (rate == null || rate.compareTo(threshold) >= 0 || ctx.recomputed().scores() == null)
            return List.of();
        List<Finding> out = new ArrayList<>();
        for (IndicatorScore leaf : ctx.recomputed().scores().leaves()) {
            if (!RATE_METHOD.equals(leaf.method()) || !leaf.row().explanation().isBlank()) continue;
            out.add(
                    ctx.finding(
                            KIND,
                            leaf.row().explanation().source(),
                            leaf.name(),
                            "原因说明",
                            Formats.percent(rate),
                            "“"
                                    + leaf.name()
                                    + "”执行率 "
                                    + Formats.percent(rate)
                                    + "，低于 "
                                    + Formats.plain(threshold)
                                    + "%：请在同一行的“完成情况说明”中说明执行率偏低的原因和改进措施。"));
        }
        return out;
    }
}
