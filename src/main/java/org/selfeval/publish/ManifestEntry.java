package org.selfeval.publish;

import java.math.BigDecimal;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Status;

/**
 * One processed submission as the manifest remembers it: its content hash, where its outputs went and the
 * figures the bureau's summary needs, so the summary can be rebuilt without reading any report again.
 * Figures are unrounded (null when unknown); paths are relative to the output folder with "/" separators.
 */
public record ManifestEntry(String hash, String source, String department, String year, int version,
                            Status status, BigDecimal total, String grade, GroupScores groups,
                            BigDecimal executionRate, long errors, long warnings,
                            String report, String auditReport, String processedAt) {

    public ManifestEntry {
        source = nonNull(source);
        department = nonNull(department);
        year = nonNull(year);
        grade = nonNull(grade);
        groups = groups == null ? GroupScores.none() : groups;
        report = nonNull(report);
        auditReport = nonNull(auditReport);
        processedAt = nonNull(processedAt);
    }

    /** The entry for a freshly converted (or blocked, or unreadable) submission. */
    public static ManifestEntry of(String hash, Outcome outcome, int version, String report, String auditReport,
                                   String processedAt) {
        Evaluation e = outcome.evaluation();
        long errors = Severity.ERROR.countIn(outcome.findings());
        long warnings = Severity.WARNING.countIn(outcome.findings());
        String source = String.valueOf(outcome.origin().getFileName());
        if (e == null || e.scores() == null) {
            return new ManifestEntry(hash, source, outcome.department(), outcome.year(), version, outcome.status(),
                    null, "", GroupScores.none(), e == null ? null : e.budgetExecutionRate(), errors, warnings, report,
                    auditReport, processedAt);
        }
        return new ManifestEntry(hash, source, e.department(), e.year(), version, outcome.status(),
                e.scores().total(), e.scores().grade(), GroupScores.of(e.scores()),
                e.budgetExecutionRate(), errors, warnings, report, auditReport, processedAt);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
