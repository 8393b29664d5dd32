package org.selfeval.evaluate.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Submission;

/** The audit rules, listed once in the order of the rule catalogue (README): 必填, 表内, 评分表, 表间. */
public final class AuditCatalogue {

    private final List<AuditRule> rules;

    public AuditCatalogue(List<AuditRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static AuditCatalogue standard() {
        return new AuditCatalogue(
                List.of(
                        new RequiredFieldsRule(),
                        new ReportTextRule(),
                        new DifferenceRule(),
                        new DifferenceRateRule(),
                        new TotalEqualsDetailsRule(),
                        new VarianceExplanationRule(),
                        new BudgetExecutionRule(),
                        new BudgetRateExplanationRule(),
                        new FundsTotalRule(),
                        new ProjectRateRule(),
                        new ProjectWithoutBudgetRule(),
                        new ProjectExplanationRule(),
                        new ScoreRangeRule(),
                        new WeightSumRule(),
                        new WeightTotalRule(),
                        new FrameworkWeightRule(),
                        new SubtotalRule(),
                        new RescoredSubtotalRule(),
                        new RescoreRule(),
                        new TargetDirectionRule(),
                        new ProjectFundsRule(),
                        new SelfEvaluationAmountRule(),
                        new KeyProjectsWithinRule(),
                        new IncomeCoversExpenditureRule()));
    }

    /** The kinds of finding the rules report, in catalogue order. */
    public List<FindingKind> kinds() {
        return rules.stream().flatMap(r -> r.kinds().stream()).toList();
    }

    public List<Finding> check(Submission submission, AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : rules) findings.addAll(rule.check(submission, context));
        return findings;
    }
}
