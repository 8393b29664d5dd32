package org.selfeval.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.evaluate.audit.AuditCatalogue;
import org.selfeval.evaluate.audit.AuditContext;
import org.selfeval.evaluate.audit.Unreadable;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.evaluate.recompute.Recomputer;
import org.selfeval.evaluate.scoring.ScoringMethods;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.model.CellRef;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.NameKey;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.model.Text;
import org.selfeval.model.WorkbookContract;
import org.selfeval.pipeline.EvaluateStage;

/**
 * Has the figures recomputed ({@link Recomputer}), then judges the typed figures against them with
 * the audit rules. Findings: the reader's, then the audit's, then scoring's. The framework is the
 * configuration's unless the submission names another known one in 基本信息 (a mixed inbox). Stateless
 * apart from its immutable configuration: safe to share between threads.
 */
public final class Evaluator implements EvaluateStage {

    /**
     * 基本信息 names a framework that is neither the one in effect nor a built-in one, or a built-in
     * one for a year the bureau's own framework covers.
     */
    public static final FindingKind UNKNOWN_FRAMEWORK =
            new FindingKind("R-FRAMEWORK", "指标体系核对", Severity.WARNING);

    private final EvaluationConfig config;
    private final AuditCatalogue rules;
    private final ScoringMethods methods;
    private final Recomputer recomputer;

    public Evaluator(EvaluationConfig config) {
        this(config, ScoringMethods.standard());
    }

    /**
     * @param methods the scoring methods in effect (the standard ones, or more: {@link
     *     ScoringMethods#with})
     */
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
        findings.addAll(
                rules.check(
                        submission,
                        new AuditContext(
                                effective, figures, methods, Unreadable.of(readFindings))));
        findings.addAll(recomputed.scoringFindings());
        return new Evaluation(
                submission,
                findings,
                figures.income(),
                figures.expenditure(),
                figures.annualBudget(),
                figures.budgetExecutionRate(),
                figures.projects(),
                figures.scores(),
                figures.budgetExecuted());
    }

    /**
     * True when the framework in effect is the bureau's own (read from its workbook, not built in)
     * and made for the submission's year: a submission on any other framework for that year is then
     * out of step with the bureau.
     */
    private boolean bureausFrameworkFor(String year) {
        Framework own = config.framework();
        return BuiltInFrameworks.get(own.name()).isEmpty()
                && own.year() != null
                && !own.year().isBlank()
                && own.year().strip().equals(year == null ? "" : year.strip());
    }

    /**
     * A framework by its title, with its short name when the other one has the same title (a
     * bureau's edit of a built-in framework that kept the title).
     */
    private static String apart(Framework framework, Framework other) {
        return framework.label().equals(other.label())
                ? framework.label() + "（" + framework.name() + "）"
                : framework.label();
    }

    /**
     * The configuration with the framework the submission names in 基本信息 (the configured one, or a
     * built-in one); a name nobody knows is a 警告 and the configured framework is used, so the
     * report still says which.
     */
    private EvaluationConfig configFor(Submission submission, List<Finding> findings) {
        Optional<Text> named = submission.info().text(WorkbookContract.INFO_FRAMEWORK);
        if (named.isEmpty() || NameKey.same(named.get().value(), config.framework().name()))
            return config;
        Optional<Framework> builtIn = BuiltInFrameworks.get(named.get().value().strip());
        if (builtIn.isPresent()) {
            if (bureausFrameworkFor(submission.info().year())) {
                Framework own = config.framework();
                findings.add(
                        new Finding(
                                UNKNOWN_FRAMEWORK.id(),
                                config.severity(UNKNOWN_FRAMEWORK),
                                named.get().source(),
                                WorkbookContract.INFO_FRAMEWORK,
                                own.name(),
                                named.get().value(),
                                "本次使用的"
                                        + own.year()
                                        + "年度指标体系是“"
                                        + apart(own, builtIn.get())
                                        + "”，这份"
                                        + submission.info().year()
                                        + "年度的报送却按“"
                                        + apart(builtIn.get(), own)
                                        + "”填写（已按后者校验和评分，汇总表中的指标列将与其他部门不一致）："
                                        + "请用本年度的模板（selfeval templates 生成）重新填报，或向财政局确认所用指标体系。"));
            }
            return config.withFramework(builtIn.get());
        }
        CellRef at = named.get().source();
        findings.add(
                new Finding(
                        UNKNOWN_FRAMEWORK.id(),
                        config.severity(UNKNOWN_FRAMEWORK),
                        at,
                        WorkbookContract.INFO_FRAMEWORK,
                        config.framework().name(),
                        named.get().value(),
                        "基本信息填写的指标体系“"
                                + named.get().value()
                                + "”不是本次使用的指标体系，也不是内置指标体系（selfeval framework list 列出内置的）"
                                + "：指标名称和分值按本次使用的“"
                                + config.framework().label()
                                + "”核对（与之不符处会另有提示），"
                                + "各指标按工作簿所填的分值和评分方法计分。请改为所用模板预填的名称，或运行时用 --framework 指定该指标体系的工作簿。"));
        return config;
    }
}
