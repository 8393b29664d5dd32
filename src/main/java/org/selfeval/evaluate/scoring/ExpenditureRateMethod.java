package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorRow;

/**
 * 支出率: the recomputed budget execution rate × 分值, capped at 分值 (99.75% × 10 → 9.975, shown 9.98).
 */
final class ExpenditureRateMethod implements ScoringMethod {
    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        BigDecimal rate = ctx.budgetExecutionRate();
        String rateName = ctx.config().framework().budgetRateName();
        String source =
                ctx.config().framework().fundsTable() ? "项目资金年度资金总额的全年执行数÷全年预算数" : "支出决算合计÷全年预算数";
        if (rate == null) {
            return ScoreResult.unscorable(
                    (ctx.config().framework().fundsTable() ? "项目资金缺少年度资金总额的全年预算数" : "基本信息缺少全年预算数")
                            + "（或为 0），无法计算"
                            + rateName);
        }
        BigDecimal score =
                Scores.clamp(
                        rate.multiply(weight).divide(Scores.HUNDRED, Scores.PRECISION), weight);
        return ScoreResult.of(
                score,
                rateName
                        + "（"
                        + source
                        + "）"
                        + Formats.percent(rate)
                        + " × 分值 "
                        + Formats.plain(weight)
                        + " = "
                        + Formats.plain(score)
                        + " 分");
    }
}
