package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.config.EvaluationConfig;
import org.selfeval.model.Comparison;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.ComparisonRow;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.KeyProject;
import org.selfeval.model.Num;
import org.selfeval.model.Percent;
import org.selfeval.model.ProjectLine;
import org.selfeval.model.Submission;
import org.selfeval.pipeline.EvaluateStage;
import org.selfeval.scoring.Scorer;
import org.selfeval.scoring.ScoringMethods;
import org.selfeval.scoring.ScoringOutcome;

/**
 * Recomputes every derived figure (差异, 差异率, execution rates), scores the indicators, then runs the
 * audit rules against the recomputed figures. Findings: the reader's, then the audit's, then scoring's.
 * Stateless apart from its immutable configuration: safe to share between threads.
 */
public final class Evaluator implements EvaluateStage {

    static final String ANNUAL_BUDGET = "全年预算数";

    private final EvaluationConfig config;
    private final AuditCatalogue rules;
    private final ScoringMethods methods;
    private final Scorer scorer;

    /** @throws org.selfeval.config.ConfigException when the configuration sets the severity of a rule that does not exist */
    public Evaluator(EvaluationConfig config) {
        FindingCatalogue.check(config);
        this.config = config;
        this.rules = AuditCatalogue.standard();
        this.methods = ScoringMethods.standard();
        this.scorer = new Scorer(config, methods);
    }

    public Evaluator() {
        this(EvaluationConfig.GUANGZHOU_2023);
    }

    @Override
    public Evaluation evaluate(Submission submission, List<Finding> readFindings) {
        Comparison income = comparison(submission.income());
        Comparison expenditure = comparison(submission.expenditure());
        BigDecimal annualBudget = submission.info().number(ANNUAL_BUDGET).map(Num::value).orElse(null);
        BigDecimal executionRate = Percent.of(expenditure.total().current(), annualBudget);
        List<ProjectLine> projects = submission.keyProjects().stream().map(Evaluator::project).toList();
        ScoringOutcome scoring = scorer.score(submission, executionRate);
        Evaluation draft = new Evaluation(submission, List.of(), income, expenditure, annualBudget, executionRate,
                projects, scoring.card());
        List<Finding> findings = new ArrayList<>(readFindings);
        findings.addAll(rules.check(submission, new AuditContext(config, draft, methods)));
        findings.addAll(scoring.findings());
        return new Evaluation(submission, findings, income, expenditure, annualBudget, executionRate, projects,
                scoring.card());
    }

    /** Amounts as read; 差异 and 差异率 recomputed from them. A missing 合计 row is replaced by the sum of the details. */
    static Comparison comparison(ComparisonTable table) {
        List<ComparisonLine> details = table == null ? List.of()
                : table.details().stream().map(Evaluator::line).toList();
        ComparisonLine total;
        if (table != null && table.total() != null) {
            total = line(table.total());
        } else {
            BigDecimal current = details.stream().map(ComparisonLine::current).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal previous = details.stream().map(ComparisonLine::previous).reduce(BigDecimal.ZERO, BigDecimal::add);
            total = new ComparisonLine("合计", current, previous, current.subtract(previous),
                    Percent.change(current, previous), "", null);
        }
        return new Comparison(total, details);
    }

    private static ComparisonLine line(ComparisonRow row) {
        BigDecimal current = row.current().orZero();
        BigDecimal previous = row.previous().orZero();
        return new ComparisonLine(row.name(), current, previous, current.subtract(previous),
                Percent.change(current, previous), row.explanation().value(), row);
    }

    private static ProjectLine project(KeyProject p) {
        BigDecimal adjusted = p.adjustedBudget().value();
        BigDecimal actual = p.actual().orZero();
        return new ProjectLine(p.seq().value(), p.name().value(), p.initialBudget().value(), adjusted, actual,
                Percent.of(actual, adjusted), p.explanation().value(), p);
    }
}
