package org.selfeval.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the report and the summary need about one submission after audit and scoring.
 * Every figure here is recomputed from cells; what the department typed survives only in {@code submission}.
 *
 * @param annualBudget        全年预算数 (from 基本信息), null when missing
 * @param budgetExecutionRate 支出合计 ÷ 全年预算数 × 100, null when not computable
 */
public record Evaluation(Submission submission, List<Finding> findings, Comparison income,
                         Comparison expenditure, BigDecimal annualBudget, BigDecimal budgetExecutionRate,
                         List<ProjectLine> projects, ScoreCard scores) {

    public Evaluation {
        findings = List.copyOf(findings);
        projects = List.copyOf(projects);
    }

    /** True when a finding of severity 错误 means no Word report may be written. */
    public boolean blocked() {
        return findings.stream().anyMatch(Finding::blocks);
    }

    public String department() {
        return submission.info().department();
    }

    public String year() {
        return submission.info().year();
    }
}
