package org.selfeval.scoring;

import org.selfeval.model.Formats;
import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.IndicatorRow;

/** 三公经费控制: "三公"经费 实际 ≤ 预算 → full, else 0 (from 管理指标数据). */
final class ThreeCostsMethod implements ScoringMethod {
    static final String ACTUAL = "三公经费实际支出";
    static final String BUDGET = "三公经费预算";

    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        Optional<BigDecimal> actual = Scores.management(ctx, ACTUAL);
        Optional<BigDecimal> budget = Scores.management(ctx, BUDGET);
        if (actual.isEmpty() || budget.isEmpty()) return Scores.missing(ACTUAL, BUDGET);
        boolean within = actual.get().compareTo(budget.get()) <= 0;
        return ScoreResult.of(Scores.full(within, weight), "“三公”经费实际支出 " + Formats.amount(actual.get()) + " 万元"
                + (within ? "未超过" : "超过") + "预算 " + Formats.amount(budget.get()) + " 万元" + Scores.cells(ctx, ACTUAL, BUDGET));
    }
}
