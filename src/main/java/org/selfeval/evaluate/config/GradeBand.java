package org.selfeval.evaluate.config;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.framework.Framework;

/** A grade and the lowest total that earns it (优 from 90 inclusive). */
public record GradeBand(String grade, BigDecimal minimum) {

    /**
     * The grade bands of a framework's 等级 sheet, highest minimum first (as {@link EvaluationConfig}
     * keeps them).
     */
    static List<GradeBand> of(Framework f) {
        return f.grades().stream()
                .map(g -> new GradeBand(g.name(), g.minimum()))
                .sorted(java.util.Comparator.comparing(GradeBand::minimum).reversed())
                .toList();
    }
}
