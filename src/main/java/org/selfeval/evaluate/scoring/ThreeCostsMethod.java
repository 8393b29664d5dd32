package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorRow;

/** 三公经费控制: "三公"经费 实际 ≤ 预算 → full, else 0 (from 管理指标数据). */
final class ThreeCostsMethod implements ScoringMethod {
    static final String NAME = "三公经费控制";
    static final String ACTUAL = "实际";
    static final String BUDGET = "预算";

    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        FormulaData data = new FormulaData(ctx, NAME);
        Optional<BigDecimal> actual = data.value(ACTUAL);
        Optional<BigDecimal> budget = data.value(BUDGET);
        if (actual.isEmpty() || budget.isEmpty()) return data.missing(ACTUAL, BUDGET);
        boolean within = actual.get().compareTo(budget.get()) <= 0;
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
                        + " 万元"
                        + data.cells(ACTUAL, BUDGET));
    }
}
