package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorRow;

/** 合同备案时效: any 超期备案合同数 > 0 → 0, else full (zero tolerance, from 管理指标数据). */
final class ContractFilingMethod implements ScoringMethod {
    static final String NAME = "合同备案时效";
    static final String LATE = "超期";

    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        FormulaData data = new FormulaData(ctx, NAME);
        Optional<BigDecimal> late = data.value(LATE);
        if (late.isEmpty()) return data.missing(LATE);
        boolean none = late.get().signum() <= 0;
        return ScoreResult.of(
                Scores.full(none, weight),
                none
                        ? data.item(LATE) + "为 0" + data.cells(LATE)
                        : data.item(LATE)
                                + " "
                                + Formats.plain(late.get())
                                + " 份"
                                + data.cells(LATE)
                                + "，不为 0 即不得分");
    }
}
