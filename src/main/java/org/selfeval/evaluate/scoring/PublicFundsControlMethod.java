package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.Percent;

/** 公用经费控制率 = (实际 − 预算) ÷ 预算 ≤ 0 → full, else 0 (from 管理指标数据). */
final class PublicFundsControlMethod implements ScoringMethod {
    static final String NAME = "公用经费控制率";
    static final String ACTUAL = "实际";
    static final String BUDGET = "预算";

    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        FormulaData data = new FormulaData(ctx, NAME);
        Optional<BigDecimal> actual = data.value(ACTUAL);
        Optional<BigDecimal> budget = data.value(BUDGET);
        if (actual.isEmpty() || budget.isEmpty()) return data.missing(ACTUAL, BUDGET);
        // (实际 − 预算) ÷ 预算 ≤ 0 is 实际 ≤ 预算 for a positive budget; no division needed.
        if (budget.get().signum() <= 0)
            return ScoreResult.unscorable(data.item(BUDGET) + "为 0，控制率无法计算");
        boolean within = actual.get().compareTo(budget.get()) <= 0;
        BigDecimal rate = Percent.change(actual.get(), budget.get());
        return ScoreResult.of(
                Scores.full(within, weight),
                data.item(ACTUAL)
                        + " "
                        + Formats.amount(actual.get())
                        + " 万元"
                        + (within ? "未超过" : "超过")
                        + data.item(BUDGET)
                        + " "
                        + Formats.amount(budget.get())
                        + " 万元，控制率 "
                        + Formats.percent(rate)
                        + data.cells(ACTUAL, BUDGET));
    }
}
