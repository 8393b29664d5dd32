package org.selfeval.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the report and the summary need about one submission after audit and scoring. Every
 * figure here is recomputed from cells; what the department typed survives only in {@code
 * submission}.
 *
 * @param annualBudget 全年预算数 (from 基本信息, or 项目资金's 年度资金总额), null when missing
 * @param budgetExecutionRate 执行数 ÷ 全年预算数 × 100, null when not computable
 * @param budgetExecuted 执行数: 支出决算's 合计, or 项目资金's 年度资金总额 全年执行数
 * @param projectTables the 项目支出绩效自评表 that came with the department's sheets, as its report lists
 *     them (empty when none came)
 */
public record Evaluation(
        Submission submission,
        List<Finding> findings,
        Comparison income,
        Comparison expenditure,
        BigDecimal annualBudget,
        BigDecimal budgetExecutionRate,
        List<ProjectLine> projects,
        ScoreCard scores,
        BigDecimal budgetExecuted,
        List<ProjectTableLine> projectTables) {

    public Evaluation {
        findings = List.copyOf(findings);
        projects = List.copyOf(projects);
        projectTables = List.copyOf(projectTables);
    }

    /** Before the project tables that came with it are known. */
    public Evaluation(
            Submission submission,
            List<Finding> findings,
            Comparison income,
            Comparison expenditure,
            BigDecimal annualBudget,
            BigDecimal budgetExecutionRate,
            List<ProjectLine> projects,
            ScoreCard scores,
            BigDecimal budgetExecuted) {
        this(
                submission,
                findings,
                income,
                expenditure,
                annualBudget,
                budgetExecutionRate,
                projects,
                scores,
                budgetExecuted,
                List.of());
    }

    /** This evaluation with the project tables that came with the department's sheets. */
    public Evaluation withProjectTables(List<ProjectTableLine> tables) {
        return new Evaluation(
                submission,
                findings,
                income,
                expenditure,
                annualBudget,
                budgetExecutionRate,
                projects,
                scores,
                budgetExecuted,
                tables);
    }

    /** The figures of a budget line read from 基本信息 and 支出决算: the executed amount is the 支出合计. */
    public Evaluation(
            Submission submission,
            List<Finding> findings,
            Comparison income,
            Comparison expenditure,
            BigDecimal annualBudget,
            BigDecimal budgetExecutionRate,
            List<ProjectLine> projects,
            ScoreCard scores) {
        this(
                submission,
                findings,
                income,
                expenditure,
                annualBudget,
                budgetExecutionRate,
                projects,
                scores,
                expenditure == null || expenditure.total() == null
                        ? null
                        : expenditure.total().current());
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
