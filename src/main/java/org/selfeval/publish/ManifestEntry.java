package org.selfeval.publish;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.selfeval.model.CellRef;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingOrder;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Status;

/**
 * One processed submission as the manifest remembers it: its content hash, where its outputs went
 * and the figures the bureau's summary needs, so the summary can be rebuilt without reading any
 * report again. Figures are unrounded (null when unknown); paths are relative to the output folder
 * with "/" separators. Every entry is a verdict on content (converted, blocked by its errors,
 * unreadable as delivered): faults of the environment or the program are never stored. {@code
 * programVersion} is the version that gave the verdict ("" in entries written before it was
 * recorded). {@code reportedTotal} is the total the department typed (null when it typed none, or
 * in older entries): the summary shows it, as unconfirmed, for a submission its errors blocked.
 * {@code firstError} is the first 错误 in the 校验报告's order, with its place ("绩效指标!K43：…"), for the
 * summary's 备注 of a blocked or unreadable submission ("" when none, and in entries written before
 * it was recorded).
 */
public record ManifestEntry(
        String hash,
        String source,
        String department,
        String year,
        int version,
        Status status,
        BigDecimal total,
        String grade,
        GroupScores groups,
        BigDecimal executionRate,
        long errors,
        long warnings,
        String report,
        String auditReport,
        String processedAt,
        String programVersion,
        BigDecimal reportedTotal,
        String firstError) {

    /** Years compare as numbers when they are digits ("999" before "2023"), else as text. */
    public static final Comparator<String> YEAR_ORDER =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    public ManifestEntry {
        source = nonNull(source);
        department = nonNull(department);
        year = nonNull(year);
        grade = nonNull(grade);
        groups = groups == null ? GroupScores.none() : groups;
        report = nonNull(report);
        auditReport = nonNull(auditReport);
        processedAt = nonNull(processedAt);
        programVersion = nonNull(programVersion);
        firstError = nonNull(firstError);
        if (status == Status.INTERNAL_ERROR) {
            throw new IllegalArgumentException("an internal error is not a verdict on content");
        }
    }

    /** An entry without its first error (as in records written before it was kept). */
    public ManifestEntry(
            String hash,
            String source,
            String department,
            String year,
            int version,
            Status status,
            BigDecimal total,
            String grade,
            GroupScores groups,
            BigDecimal executionRate,
            long errors,
            long warnings,
            String report,
            String auditReport,
            String processedAt,
            String programVersion,
            BigDecimal reportedTotal) {
        this(
                hash,
                source,
                department,
                year,
                version,
                status,
                total,
                grade,
                groups,
                executionRate,
                errors,
                warnings,
                report,
                auditReport,
                processedAt,
                programVersion,
                reportedTotal,
                "");
    }

    /**
     * An entry without the version that gave it (as in manifests written before it was recorded).
     */
    public ManifestEntry(
            String hash,
            String source,
            String department,
            String year,
            int version,
            Status status,
            BigDecimal total,
            String grade,
            GroupScores groups,
            BigDecimal executionRate,
            long errors,
            long warnings,
            String report,
            String auditReport,
            String processedAt) {
        this(
                hash,
                source,
                department,
                year,
                version,
                status,
                total,
                grade,
                groups,
                executionRate,
                errors,
                warnings,
                report,
                auditReport,
                processedAt,
                "",
                null);
    }

    /**
     * Whether this verdict still holds for the same content now: "unreadable" is a judgement of the
     * reader, so a reader of another version takes another look; converted and blocked stand.
     */
    public boolean standsFor(String currentVersion) {
        return status != Status.UNREADABLE || programVersion.equals(currentVersion);
    }

    /**
     * This entry in {@code year}: an unreadable submission, which names no year of its own, is kept
     * in the year being collected when it was received (see {@link Manifest#fixBlankYears}).
     */
    public ManifestEntry withYear(String year) {
        return new ManifestEntry(
                hash,
                source,
                department,
                year,
                version,
                status,
                total,
                grade,
                groups,
                executionRate,
                errors,
                warnings,
                report,
                auditReport,
                processedAt,
                programVersion,
                reportedTotal,
                firstError);
    }

    /** The entry for a freshly converted (or blocked, or unreadable) submission. */
    public static ManifestEntry of(
            String hash,
            Outcome outcome,
            int version,
            String report,
            String auditReport,
            String processedAt) {
        Evaluation e = outcome.evaluation();
        long errors = Severity.ERROR.countIn(outcome.findings());
        long warnings = Severity.WARNING.countIn(outcome.findings());
        String source = String.valueOf(outcome.origin().getFileName());
        String firstError = firstError(outcome.findings(), source);
        if (e == null || e.scores() == null) {
            return new ManifestEntry(
                    hash,
                    source,
                    outcome.department(),
                    outcome.year(),
                    version,
                    outcome.status(),
                    null,
                    "",
                    GroupScores.none(),
                    e == null ? null : e.budgetExecutionRate(),
                    errors,
                    warnings,
                    report,
                    auditReport,
                    processedAt,
                    ProgramVersion.current(),
                    null,
                    firstError);
        }
        return new ManifestEntry(
                hash,
                source,
                e.department(),
                e.year(),
                version,
                outcome.status(),
                e.scores().total(),
                e.scores().grade(),
                GroupScores.of(e.scores()),
                e.budgetExecutionRate(),
                errors,
                warnings,
                report,
                auditReport,
                processedAt,
                ProgramVersion.current(),
                e.scores().reportedTotal(),
                firstError);
    }

    /**
     * The first 错误 as the 校验报告 lists it, after its place: the sheet and cell, with the file in
     * front when it is another file of the submission than {@code source} ("预算表.xlsx 收入决算!C3").
     */
    static String firstError(List<Finding> findings, String source) {
        return FindingOrder.firstError(findings).map(f -> placed(f, source)).orElse("");
    }

    /**
     * A finding as the record keeps a first error: its place, then its message ("绩效指标!K43：…"); a
     * finding about the whole file, its message alone. On one line (a clerk's text quoted in the
     * message may hold line breaks): the record's CSV export holds no line break in a field.
     */
    static String placed(Finding f, String source) {
        return place(f.source(), source) + f.message().strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String place(CellRef ref, String source) {
        if (ref == null) return "";
        String cell = ref.sheetCell();
        String file = ref.file() == null || ref.file().equals(source) ? "" : ref.file();
        String where = file.isEmpty() ? cell : cell.isEmpty() ? file : file + " " + cell;
        return where.isEmpty() ? "" : where + "：";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
