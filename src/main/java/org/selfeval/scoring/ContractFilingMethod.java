package org.selfeval.scoring;

import org.selfeval.model.Formats;
import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.IndicatorRow;

/** 合同备案时效: any 超期备案合同数 > 0 → 0, else full (zero tolerance, from 管理指标数据). */
final class ContractFilingMethod implements ScoringMethod {
    static final String LATE = "超期备案合同数";

    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        Optional<BigDecimal> late = Scores.management(ctx, LATE);
        if (late.isEmpty()) return Scores.missing(LATE);
        boolean none = late.get().signum() <= 0;
        return ScoreResult.of(Scores.full(none, weight), none ? "无超期备案合同" + Scores.cells(ctx, LATE)
                : "超期备案合同 " + Formats.plain(late.get()) + " 份" + Scores.cells(ctx, LATE) + "，一份超期即不得分");
    }
}
