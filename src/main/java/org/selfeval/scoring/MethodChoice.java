package org.selfeval.scoring;

import java.util.Map;
import org.selfeval.config.EvaluationConfig;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.NameKey;

/**
 * Which method scores a row: 评分方法 as typed; when blank, the configured method for the indicator's
 * name; else 指标性质 (≥ 正向, ≤ 反向, = 等于, 时限 时限, 定性 定性); else the target's shape.
 */
final class MethodChoice {

    private static final Map<String, String> BY_NATURE = Map.of("≥", "正向", ">=", "正向", "≤", "反向", "<=", "反向",
            "=", "等于", "时限", "时限", "定性", "定性");

    private final EvaluationConfig config;

    MethodChoice(EvaluationConfig config) {
        this.config = config;
    }

    String methodFor(IndicatorRow row) {
        String typed = row.method().value();
        if (!typed.isEmpty()) return typed;
        for (Map.Entry<String, String> e : config.methodByIndicator().entrySet()) {
            String key = NameKey.of(e.getKey());
            if (key.equals(NameKey.of(row.level3().value())) || key.equals(NameKey.of(row.name()))
                    || key.equals(NameKey.of(row.level2().value()))) {
                return e.getValue();
            }
        }
        String byNature = BY_NATURE.get(row.nature().value());
        if (byNature != null) return byNature;
        if (Dates.find(row.target().value()).isPresent()) return "时限";
        if (Target.parse(row.target().value(), Relation.AT_LEAST).isPresent()) return "正向";
        return ScoringMethods.QUALITATIVE;
    }
}
