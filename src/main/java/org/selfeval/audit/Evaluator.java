package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.config.EvaluationConfig;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.model.CellRef;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Severity;
import org.selfeval.model.NameKey;
import org.selfeval.model.Submission;
import org.selfeval.model.Text;
import org.selfeval.model.WorkbookContract;
import org.selfeval.pipeline.EvaluateStage;
import org.selfeval.recompute.Recomputer;
import org.selfeval.scoring.ScoringMethods;

/**
 * Has the figures recomputed ({@link Recomputer}), then judges the typed figures against them with the audit
 * rules. Findings: the reader's, then the audit's, then scoring's. The framework is the configuration's unless
 * the submission names another known one in 基本信息 (a mixed inbox). Stateless apart from its immutable
 * configuration: safe to share between threads.
 */
public final class Evaluator implements EvaluateStage {

    /** 基本信息 names a framework that is neither the one in effect nor a built-in one. */
    public static final FindingKind UNKNOWN_FRAMEWORK = new FindingKind("R-FRAMEWORK", "指标体系未知", Severity.WARNING);

    private final EvaluationConfig config;
    private final AuditCatalogue rules;
    private final ScoringMethods methods;
    private final Recomputer recomputer;

    public Evaluator(EvaluationConfig config) {
        this(config, ScoringMethods.standard());
    }

    /** @param methods the scoring methods in effect (the standard ones, or more: {@link ScoringMethods#with}) */
    public Evaluator(EvaluationConfig config, ScoringMethods methods) {
        this.config = config;
        this.rules = AuditCatalogue.standard();
        this.methods = methods;
        this.recomputer = new Recomputer(methods);
    }

    public Evaluator() {
        this(EvaluationConfig.GUANGZHOU_2023);
    }

    @Override
    public List<FindingKind> kinds() {
        return FindingCatalogue.kinds();
    }

    @Override
    public Evaluation evaluate(Submission submission, List<Finding> readFindings) {
        List<Finding> findings = new ArrayList<>(readFindings);
        EvaluationConfig effective = configFor(submission, findings);
        Recomputer.Recomputed recomputed = recomputer.recompute(submission, effective);
        Evaluation figures = recomputed.figures();
        findings.addAll(rules.check(submission, new AuditContext(effective, figures, methods, Unreadable.of(readFindings))));
        findings.addAll(recomputed.scoringFindings());
        return new Evaluation(submission, findings, figures.income(), figures.expenditure(), figures.annualBudget(),
                figures.budgetExecutionRate(), figures.projects(), figures.scores(), figures.budgetExecuted());
    }

    /**
     * The configuration with the framework the submission names in 基本信息 (the configured one, or a built-in one);
     * a name nobody knows is a 警告 and the configured framework is used, so the report still says which.
     */
    private EvaluationConfig configFor(Submission submission, List<Finding> findings) {
        Optional<Text> named = submission.info().text(WorkbookContract.INFO_FRAMEWORK);
        if (named.isEmpty() || NameKey.same(named.get().value(), config.framework().name())) return config;
        Optional<Framework> builtIn = BuiltInFrameworks.get(named.get().value().strip());
        if (builtIn.isPresent()) return config.withFramework(builtIn.get());
        CellRef at = named.get().source();
        findings.add(new Finding(UNKNOWN_FRAMEWORK.id(), config.severity(UNKNOWN_FRAMEWORK), at, WorkbookContract.INFO_FRAMEWORK,
                config.framework().name(), named.get().value(), "基本信息填写的指标体系“" + named.get().value()
                        + "”不是本次使用的指标体系，也不是内置指标体系（" + String.join("、", BuiltInFrameworks.NAMES)
                        + "），已按“" + config.framework().label() + "”校验和评分。请改为所用模板预填的名称。"));
        return config;
    }
}
