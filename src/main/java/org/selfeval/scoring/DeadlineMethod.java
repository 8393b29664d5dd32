package org.selfeval.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.selfeval.model.IndicatorRow;

/**
 * 时限: done by the date. Target "于2023年12月10日前"; actual a date ("2023年11月30日") or the same
 * deadline followed by 完成 ("2023年12月10日前完成") → full; a later date, or 未完成 → 0.
 */
final class DeadlineMethod implements ScoringMethod {
    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        Optional<LocalDate> deadline = Dates.find(row.target().value());
        String actual = row.actual().value();
        if (deadline.isEmpty()) return ScoreResult.unscorable("年度指标值中没有日期（应如“2023年12月10日前”）");
        if (actual.contains("未完成") || actual.contains("未按时")) {
            return ScoreResult.of(BigDecimal.ZERO, Scores.typed("实际完成值", row.actual()) + "表明未按期完成");
        }
        Optional<LocalDate> done = Dates.find(actual);
        if (done.isEmpty()) return ScoreResult.unscorable("实际完成值中没有完成日期");
        boolean inTime = !done.get().isAfter(deadline.get());
        return ScoreResult.of(Scores.full(inTime, weight), "完成日期 " + Dates.chinese(done.get()) + (inTime ? "不晚于" : "晚于")
                + "期限 " + Dates.chinese(deadline.get()));
    }
}
