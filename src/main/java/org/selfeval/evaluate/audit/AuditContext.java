package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.evaluate.scoring.ScoringContext;
import org.selfeval.evaluate.scoring.ScoringMethods;
import org.selfeval.model.CellRef;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * What a rule may use: the configuration and the recomputed figures (comparison lines, execution
 * rates, the scored tree) of the submission, so rules compare typed figures with the same numbers
 * the report prints, and the values reading could not take in, so no rule advises from them.
 */
public record AuditContext(
        EvaluationConfig config,
        Evaluation recomputed,
        ScoringMethods methods,
        Unreadable unreadable) {

    /**
     * A finding of {@code kind} with the configured severity (the kind's own unless the
     * configuration says otherwise).
     */
    public Finding finding(
            FindingKind kind,
            CellRef source,
            String item,
            String expected,
            String found,
            String message) {
        return finding(kind, config.severity(kind), source, item, expected, found, message);
    }

    /**
     * A finding of {@code kind} as serious as the finding it follows from (a figure implied by
     * another fix).
     */
    public Finding finding(
            FindingKind kind,
            Severity severity,
            CellRef source,
            String item,
            String expected,
            String found,
            String message) {
        return new Finding(
                kind.id(), severity, source, item, expected, found, ChineseQuotes.nest(message));
    }

    /**
     * True when a typed figure is further from the recomputed one than {@code tolerance.figure}.
     */
    public boolean differs(BigDecimal typed, BigDecimal expected) {
        return typed.subtract(expected).abs().compareTo(config.figureTolerance()) > 0;
    }

    /** A reference to a sheet of the submission as a whole (for missing rows or keys). */
    public static CellRef sheet(Submission submission, String sheet) {
        Path origin = submission.origin();
        String file =
                origin == null || origin.getFileName() == null
                        ? ""
                        : origin.getFileName().toString();
        return new CellRef(file, sheet, null);
    }

    /**
     * Why the scoring method gives a leaf its score, with the cells it rests on ("" when it cannot
     * say).
     */
    public String scoreReason(Submission submission, IndicatorScore leaf) {
        var method = methods.find(leaf.method());
        if (method.isEmpty()) return "";
        var context =
                new ScoringContext(
                        config, submission.management(), recomputed.budgetExecutionRate());
        try {
            return method.get().score(leaf.row(), leaf.weight(), context).reason();
        } catch (ArithmeticException e) {
            return "";
        }
    }

    /** The recomputed expenditure line whose item names 项目支出 (or 基本支出 …). */
    public Optional<ComparisonLine> expenditureLine(String name) {
        return recomputed.expenditure().details().stream()
                .filter(l -> l.item().contains(name))
                .findFirst();
    }
}
