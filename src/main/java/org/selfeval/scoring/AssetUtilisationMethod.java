package org.selfeval.scoring;

import org.selfeval.model.Formats;
import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.Percent;

/** 固定资产利用率 = 在用 ÷ 总额 × 100 ≥ threshold (default 90%) → full, else 0 (from 管理指标数据). */
final class AssetUtilisationMethod implements ScoringMethod {
    static final String IN_USE = "在用固定资产总额";
    static final String TOTAL = "固定资产总额";

    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        Optional<BigDecimal> inUse = Scores.management(ctx, IN_USE);
        Optional<BigDecimal> total = Scores.management(ctx, TOTAL);
        if (inUse.isEmpty() || total.isEmpty()) return Scores.missing(IN_USE, TOTAL);
        BigDecimal rate = Percent.of(inUse.get(), total.get());
        if (rate == null) return ScoreResult.unscorable("固定资产总额为 0，利用率无法计算");
        BigDecimal threshold = ctx.config().assetUtilisationThreshold();
        boolean met = rate.compareTo(threshold) >= 0;
        return ScoreResult.of(Scores.full(met, weight), "固定资产利用率 " + Formats.amount(inUse.get()) + " ÷ "
                + Formats.amount(total.get()) + " = " + Formats.percent(rate) + Scores.cells(ctx, IN_USE, TOTAL)
                + (met ? "，达到 " : "，低于 ") + Formats.percent(threshold));
    }
}
