package org.selfeval.evaluate.config;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.framework.Framework;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Severity;

/**
 * The audit and scoring configuration: tolerances, thresholds, method parameters, grade bands,
 * severities per rule id and the indicator framework. Immutable; {@link #GUANGZHOU_2023} is the
 * default shipped in the jar ({@code selfeval-default.properties} with the built-in framework
 * {@code guangzhou-2023}); a bureau overrides keys from a file and brings its own framework
 * workbook.
 *
 * @param amountTolerancePerRow how far 合计 may differ from Σ details per detail row (元→万元 rounding)
 * @param figureTolerance how far a typed derived figure (差异, 差异率, 支出率, score) may differ from the
 *     recomputed one
 * @param varianceThreshold |差异率| (percent) from which a detail row needs a 差异说明
 * @param projectExecutionThreshold key-project execution rate (percent) below which an explanation
 *     is needed
 * @param positivePartialCredit 正向 below target: actual ÷ target × 分值 (true) or 0 (false)
 * @param reverseDeductionPerPoint 反向 over target: points deducted per percentage point, null for
 *     target ÷ actual × 分值
 * @param assetUtilisationThreshold 固定资产利用率 (percent) from which it scores full
 * @param grades grade bands, highest minimum first
 * @param severities the severities configured per rule id, over the kinds' defaults
 * @param framework the indicator framework (tree, 分值, methods, formula inputs) in effect
 */
public record EvaluationConfig(
        BigDecimal amountTolerancePerRow,
        BigDecimal figureTolerance,
        BigDecimal varianceThreshold,
        BigDecimal projectExecutionThreshold,
        boolean positivePartialCredit,
        BigDecimal reverseDeductionPerPoint,
        BigDecimal assetUtilisationThreshold,
        List<GradeBand> grades,
        Map<String, Severity> severities,
        Framework framework) {

    /**
     * The built-in settings with the 2023 Guangzhou district framework ({@code guangzhou-2023}).
     */
    public static final EvaluationConfig GUANGZHOU_2023 = ConfigLoader.builtIn();

    public EvaluationConfig {
        grades =
                grades.stream()
                        .sorted(Comparator.comparing(GradeBand::minimum).reversed())
                        .toList();
        severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    }

    /** The severity of a kind of finding: the configured one, else the kind's default. */
    public Severity severity(FindingKind kind) {
        return severities.getOrDefault(kind.id(), kind.defaultSeverity());
    }

    /** The grade of a total: the first band whose minimum it reaches. */
    public String grade(BigDecimal total) {
        if (total == null) return "";
        for (GradeBand band : grades) {
            if (total.compareTo(band.minimum()) >= 0) return band.grade();
        }
        return grades.isEmpty() ? "" : grades.get(grades.size() - 1).grade();
    }

    /**
     * The framework weight of a 一级, 二级 or 三级 indicator, if the framework names it (names by {@link
     * org.selfeval.model.NameKey}).
     */
    public Optional<BigDecimal> frameworkWeight(String level1, String level2, String level3) {
        return framework.weight(level1, level2, level3);
    }

    /**
     * The scoring method the framework gives a named indicator, used when a row leaves 评分方法 blank.
     */
    public Map<String, String> methodByIndicator() {
        return framework.methodByIndicator();
    }

    /**
     * The same settings with another framework. Its grades replace the current framework's; grades
     * a configuration file set ({@code grade.}) stay, as they would with any framework.
     */
    public EvaluationConfig withFramework(Framework other) {
        if (other.equals(framework)) return this;
        Builder variant = toBuilder();
        variant.grades = grades.equals(GradeBand.of(framework)) ? GradeBand.of(other) : grades;
        variant.framework = other;
        return variant.build();
    }

    /** A builder starting from this configuration, to derive a variant (CSVFormat style). */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Changes some values of a configuration (what tests and {@link #withFramework} vary);
     * everything not set stays as it was.
     */
    public static final class Builder {
        private final BigDecimal amountTolerancePerRow;
        private final BigDecimal figureTolerance;
        private final BigDecimal varianceThreshold;
        private final BigDecimal projectExecutionThreshold;
        private boolean positivePartialCredit;
        private BigDecimal reverseDeductionPerPoint;
        private final BigDecimal assetUtilisationThreshold;
        private List<GradeBand> grades;
        private final Map<String, Severity> severities;
        private Framework framework;

        private Builder(EvaluationConfig c) {
            amountTolerancePerRow = c.amountTolerancePerRow;
            figureTolerance = c.figureTolerance;
            varianceThreshold = c.varianceThreshold;
            projectExecutionThreshold = c.projectExecutionThreshold;
            positivePartialCredit = c.positivePartialCredit;
            reverseDeductionPerPoint = c.reverseDeductionPerPoint;
            assetUtilisationThreshold = c.assetUtilisationThreshold;
            grades = c.grades;
            severities = new LinkedHashMap<>(c.severities);
            framework = c.framework;
        }

        public Builder positivePartialCredit(boolean v) {
            positivePartialCredit = v;
            return this;
        }

        /** Points deducted per percentage point over a 反向 target; null for target ÷ actual × 分值. */
        public Builder reverseDeductionPerPoint(BigDecimal v) {
            reverseDeductionPerPoint = v;
            return this;
        }

        public Builder severity(String ruleId, Severity severity) {
            severities.put(ruleId, severity);
            return this;
        }

        public EvaluationConfig build() {
            return new EvaluationConfig(
                    amountTolerancePerRow,
                    figureTolerance,
                    varianceThreshold,
                    projectExecutionThreshold,
                    positivePartialCredit,
                    reverseDeductionPerPoint,
                    assetUtilisationThreshold,
                    grades,
                    severities,
                    framework);
        }
    }
}
