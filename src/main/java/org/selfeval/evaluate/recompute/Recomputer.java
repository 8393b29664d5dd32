package org.selfeval.evaluate.recompute;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.evaluate.scoring.Scorer;
import org.selfeval.evaluate.scoring.ScoringMethods;
import org.selfeval.evaluate.scoring.ScoringOutcome;
import org.selfeval.model.Comparison;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.ComparisonRow;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.FundsRow;
import org.selfeval.model.FundsTable;
import org.selfeval.model.KeyProject;
import org.selfeval.model.Num;
import org.selfeval.model.Percent;
import org.selfeval.model.ProjectLine;
import org.selfeval.model.Submission;

/**
 * The stage before the audit: recomputes every derived figure from the typed cells (差异, 差异率,
 * execution rates) and scores the indicators against the framework. The audit then only judges
 * typed figures against these; the report prints these. Stateless: safe to share between threads.
 */
public final class Recomputer {

    /** The 基本信息 entry the budget execution rate divides by. */
    public static final String ANNUAL_BUDGET = "全年预算数";

    private final ScoringMethods methods;

    public Recomputer(ScoringMethods methods) {
        this.methods = methods;
    }

    /** The recomputed figures (no findings yet) and what scoring had to say. */
    public record Recomputed(Evaluation figures, List<Finding> scoringFindings) {}

    public Recomputed recompute(Submission submission, EvaluationConfig config) {
        Comparison income = comparison(submission.income());
        Comparison expenditure = comparison(submission.expenditure());
        BudgetLine budget = budgetLine(submission, expenditure);
        BigDecimal executionRate = Percent.of(budget.executed(), budget.annual());
        List<ProjectLine> projects =
                submission.keyProjects().stream().map(Recomputer::project).toList();
        ScoringOutcome scoring = new Scorer(config, methods).score(submission, executionRate);
        return new Recomputed(
                new Evaluation(
                        submission,
                        List.of(),
                        income,
                        expenditure,
                        budget.annual(),
                        executionRate,
                        projects,
                        scoring.card(),
                        budget.executed()),
                scoring.findings());
    }

    /** 全年预算数 and 执行数 of the budget-execution line. */
    record BudgetLine(BigDecimal annual, BigDecimal executed) {}

    /**
     * The national table's 项目资金 when the submission has it: its 年度资金总额 row (the sum of its sub-rows
     * when that row is missing; a total that disagrees with them is the audit's to report). Else
     * 基本信息's 全年预算数 and 支出决算's 合计.
     */
    static BudgetLine budgetLine(Submission submission, Comparison expenditure) {
        FundsTable funds = submission.funds();
        if (funds.present()) {
            if (funds.total() != null)
                return new BudgetLine(
                        funds.total().annual().value(), funds.total().executed().value());
            return new BudgetLine(
                    sum(funds.details(), FundsRow::annual),
                    sum(funds.details(), FundsRow::executed));
        }
        return new BudgetLine(
                submission.info().number(ANNUAL_BUDGET).map(Num::value).orElse(null),
                expenditure.total().current());
    }

    private static BigDecimal sum(
            List<FundsRow> rows, java.util.function.Function<FundsRow, Num> column) {
        return rows.stream().map(column).map(Num::orZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Amounts as read; 差异 and 差异率 recomputed from them. A missing 合计 row is replaced by the sum of
     * the details.
     */
    static Comparison comparison(ComparisonTable table) {
        List<ComparisonLine> details =
                table == null ? List.of() : table.details().stream().map(Recomputer::line).toList();
        ComparisonLine total;
        if (table != null && table.total() != null) {
            total = line(table.total());
        } else {
            BigDecimal current =
                    details.stream()
                            .map(ComparisonLine::current)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal previous =
                    details.stream()
                            .map(ComparisonLine::previous)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            total =
                    new ComparisonLine(
                            "合计",
                            current,
                            previous,
                            current.subtract(previous),
                            Percent.change(current, previous),
                            "",
                            null);
        }
        return new Comparison(total, details);
    }

    private static ComparisonLine line(ComparisonRow row) {
        BigDecimal current = row.current().orZero();
        BigDecimal previous = row.previous().orZero();
        return new ComparisonLine(
                row.name(),
                current,
                previous,
                current.subtract(previous),
                Percent.change(current, previous),
                row.explanation().value(),
                row);
    }

    private static ProjectLine project(KeyProject p) {
        BigDecimal adjusted = p.adjustedBudget().value();
        BigDecimal actual = p.actual().orZero();
        return new ProjectLine(
                p.seq().value(),
                p.name().value(),
                p.initialBudget().value(),
                adjusted,
                actual,
                Percent.of(actual, adjusted),
                p.explanation().value(),
                p);
    }
}
