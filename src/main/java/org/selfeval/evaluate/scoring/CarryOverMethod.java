package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorRow;

/** 结转结余率: no 结转结余金额 (blank or 0) → full, else 0 (from 管理指标数据). */
final class CarryOverMethod implements ScoringMethod {
    static final String NAME = "结转结余率";
    static final String AMOUNT = "金额";

    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        FormulaData data = new FormulaData(ctx, NAME);
        if (!data.listed(AMOUNT)) return data.missing(AMOUNT);
        Optional<BigDecimal> amount = data.value(AMOUNT);
        boolean none = amount.map(a -> a.signum() <= 0).orElse(true);
        return ScoreResult.of(
                Scores.full(none, weight),
                none
                        ? data.item(AMOUNT) + "为 0" + data.cells(AMOUNT)
                        : data.item(AMOUNT)
                                + " "
                                + Formats.amount(amount.get())
                                + " 万元"
                                + data.cells(AMOUNT)
                                + "不为 0");
    }
}
