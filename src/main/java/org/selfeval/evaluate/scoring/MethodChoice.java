package org.selfeval.evaluate.scoring;

import java.util.Map;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.NameKey;

/**
 * Which method scores a row: 评分方法 as typed; when blank, the configured method for the indicator's
 * name; else 指标性质 (≥ 正向, ≤ 反向, = 等于, 时限 时限, 定性 定性); else the target's shape (a deadline → 时限).
 */
final class MethodChoice {

    private static final Map<String, String> BY_NATURE =
            Map.of("≥", "正向", ">=", "正向", "≤", "反向", "<=", "反向", "=", "等于", "时限", "时限", "定性", "定性");

    private static final String TIMELINESS = NameKey.of("时效指标");

    private final EvaluationConfig config;

    MethodChoice(EvaluationConfig config) {
        this.config = config;
    }

    String methodFor(IndicatorRow row) {
        String typed = row.method().value();
        if (!typed.isEmpty()) return typed;
        for (Map.Entry<String, String> e : config.methodByIndicator().entrySet()) {
            String key = NameKey.of(e.getKey());
            if (key.equals(NameKey.of(row.level3().value()))
                    || key.equals(NameKey.of(row.name()))
                    || key.equals(NameKey.of(row.level2().value()))) {
                return e.getValue();
            }
        }
        String byNature = BY_NATURE.get(row.nature().value());
        if (byNature != null) return byNature;
        if (row.nature().isBlank() && deadline(row)) return "时限";
        if (Target.parse(row.target().value(), Relation.AT_LEAST).isPresent()) return "正向";
        return ScoringMethods.QUALITATIVE;
    }

    /**
     * A blank 指标性质 means 时限 when the target reads as a deadline ("9月前", "年底前", "采购前30日") — "9月前"
     * must not be scored as the number 9 — or, in a 时效指标 group, when it is not a plain number
     * target.
     */
    private static boolean deadline(IndicatorRow row) {
        String target = row.target().value();
        if (Deadline.looksLikeDeadline(target)) return true;
        boolean timeliness =
                TIMELINESS.equals(NameKey.of(row.level2().value()))
                        || TIMELINESS.equals(NameKey.of(row.level3().value()));
        return timeliness && !target.isEmpty() && Target.parse(target, Relation.AT_LEAST).isEmpty();
    }
}
