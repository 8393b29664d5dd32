package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.IndicatorRow;

/**
 * 时限: done by the deadline. Targets "2023年12月10日前", "9月前", "9月底前", "年底前", "第三季度", "上半年"; actuals a
 * time of the year ("7月", "2023年7月", "7月20日", the deadline itself followed by 完成) or words ("已按时完成"
 * → full, "未完成"/"逾期" → 0). On or before the deadline → full marks; later → 0. A deadline counted
 * from an event ("采购前30日") cannot be checked against a date: unscorable, citing the target.
 */
final class DeadlineMethod implements ScoringMethod {

    private static final List<String> LATE = List.of("未完成", "未按时", "未按期", "逾期", "超期", "延期", "推迟");
    private static final List<String> ON_TIME = List.of("按时完成", "按期完成", "如期完成", "提前完成", "按时", "按期");

    @Override
    public ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        String target = row.target().value();
        Optional<Deadline> deadline = Deadline.parse(target);
        if (deadline.isEmpty()) {
            return ScoreResult.unscorableTarget(
                    Deadline.relative(target)
                            ? Scores.typed("年度指标值", row.target()) + "是从某一事项起算的期限，无法与完成日期比较"
                            : "年度指标值中没有期限（应如“2023年12月10日前”“9月底前”）");
        }
        String actual = row.actual().value();
        if (LATE.stream().anyMatch(actual::contains)) {
            return ScoreResult.of(BigDecimal.ZERO, Scores.typed("实际完成值", row.actual()) + "表明未按期完成");
        }
        Optional<Deadline> done = Deadline.parse(actual);
        if (done.isEmpty()) {
            if (ON_TIME.stream().anyMatch(actual::contains)) {
                return ScoreResult.of(weight, Scores.typed("实际完成值", row.actual()) + "表明按期完成");
            }
            return ScoreResult.unscorable("实际完成值中没有完成时间（应如“2023年11月25日”“7月”）");
        }
        Optional<Boolean> inTime = deadline.get().met(done.get());
        if (inTime.isEmpty()) {
            return ScoreResult.unscorable(
                    "实际完成值“"
                            + actual
                            + "”只写到月份，无法判断是否在期限"
                            + deadline.get().chinese()
                            + "之前完成（请写明完成日期）");
        }
        return ScoreResult.of(
                Scores.full(inTime.get(), weight),
                "完成时间 "
                        + done.get().chinese()
                        + (inTime.get() ? "不晚于" : "晚于")
                        + "期限 "
                        + deadline.get().chinese());
    }
}
