package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.Percent;

/** 固定资产利用率 = 在用 ÷ 总额 × 100 ≥ threshold (default 90%) → full, else 0 (from 管理指标数据). */
final class AssetUtilisationMethod implements ScoringMethod {
    static final String NAME = "固定资产利用率";
    static final String IN_USE = "在用";
    static final String TOTAL = "总额";

    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        FormulaData data = new FormulaData(ctx, NAME);
        Optional<BigDecimal> inUse = data.value(IN_USE);
        Optional<BigDecimal> total = data.value(TOTAL);
        if (inUse.isEmpty() || total.isEmpty()) return data.missing(IN_USE, TOTAL);
        BigDecimal rate = Percent.of(inUse.get(), total.get());
        if (rate == null) return ScoreResult.unscorable(data.item(TOTAL) + "为 0，利用率无法计算");
        BigDecimal threshold = ctx.config().assetUtilisationThreshold();
        boolean met = rate.compareTo(threshold) >= 0;
        return ScoreResult.of(
                Scores.full(met, weight),
                data.item(IN_USE)
                        + " "
                        + Formats.amount(inUse.get())
                        + " ÷ "
                        + data.item(TOTAL)
                        + " "
                        + Formats.amount(total.get())
                        + " = "
                        + Formats.percent(rate)
                        + data.cells(IN_USE, TOTAL)
                        + (met ? "，达到 " : "，低于 ")
                        + Formats.percent(threshold));
    }
}
