package org.selfeval.publish;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.ProjectTableLine;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Status;
import org.selfeval.project.ProjectEvaluation;

/**
 * One project's verdict as the record keeps it: the submission it came in ({@code hash}, {@code
 * source}, {@code sheet}), whose it is, its figures (unrounded, null when unknown), how it ended
 * ({@link Status#CONVERTED}: its 自评表 was published; {@link Status#BLOCKED}: an 错误 stopped it) and
 * where its documents went (relative to the output folder, "/" separators, "" when none).
 *
 * @param budget the 年度资金总额's 全年预算数 (or the framework's name for it), as recomputed
 * @param rate the recomputed 执行率 in percent
 * @param words the project framework's names for 预算数, 执行数 and 执行率 (全年预算数 or a province's 调整后预算数 …);
 *     null when not recorded (a verdict of an older version)
 * @param outOf the 满分 of the total in that framework (its 执行率 分值 plus its 一级 weights), null when
 *     not recorded
 * @param firstError a blocked project's first 错误 as its project 校验报告 lists it, after its place
 *     ("农村户厕改造!D8：…", see {@link #firstError(List, String)}); "" when none, and in verdicts
 *     recorded before it was kept
 */
public record ProjectVerdict(
        String hash,
        String source,
        String sheet,
        String department,
        String year,
        String project,
        Status status,
        BigDecimal budget,
        BigDecimal executed,
        BigDecimal rate,
        BigDecimal total,
        String grade,
        long errors,
        long warnings,
        String table,
        String auditReport,
        String processedAt,
        ProjectTableLine.Labels words,
        BigDecimal outOf,
        String firstError) {

    /** A verdict without its first error (as versions before it kept it). */
    public ProjectVerdict(
            String hash,
            String source,
            String sheet,
            String department,
            String year,
            String project,
            Status status,
            BigDecimal budget,
            BigDecimal executed,
            BigDecimal rate,
            BigDecimal total,
            String grade,
            long errors,
            long warnings,
            String table,
            String auditReport,
            String processedAt,
            ProjectTableLine.Labels words,
            BigDecimal outOf) {
        this(
                hash,
                source,
                sheet,
                department,
                year,
                project,
                status,
                budget,
                executed,
                rate,
                total,
                grade,
                errors,
                warnings,
                table,
                auditReport,
                processedAt,
                words,
                outOf,
                "");
    }

    /** A verdict without the framework's words and 满分 (as versions before them kept it). */
    public ProjectVerdict(
            String hash,
            String source,
            String sheet,
            String department,
            String year,
            String project,
            Status status,
            BigDecimal budget,
            BigDecimal executed,
            BigDecimal rate,
            BigDecimal total,
            String grade,
            long errors,
            long warnings,
            String table,
            String auditReport,
            String processedAt) {
        this(
                hash,
                source,
                sheet,
                department,
                year,
                project,
                status,
                budget,
                executed,
                rate,
                total,
                grade,
                errors,
                warnings,
                table,
                auditReport,
                processedAt,
                null,
                null);
    }

    public ProjectVerdict {
        source = nonNull(source);
        sheet = nonNull(sheet);
        department = nonNull(department);
        year = nonNull(year);
        project = nonNull(project);
        grade = nonNull(grade);
        table = nonNull(table);
        auditReport = nonNull(auditReport);
        processedAt = nonNull(processedAt);
        firstError = nonNull(firstError);
        if (status != Status.CONVERTED && status != Status.BLOCKED) {
            throw new IllegalArgumentException(
                    "a project is either published or blocked: " + status);
        }
    }

    /**
     * The verdict on evaluated project {@code p}, whose documents are {@code table} and {@code
     * auditReport}; {@code readFindings} are the reader's findings of its submission (those about
     * its sheet come first in its 校验报告).
     */
    public static ProjectVerdict of(
            String hash,
            String source,
            ProjectEvaluation p,
            List<Finding> readFindings,
            String table,
            String auditReport,
            String processedAt) {
        boolean blocked = p.blocked();
        // counted as its 校验报告 lists them: the reader's about its sheet too (one count everywhere)
        List<Finding> listed = p.listedWith(readFindings);
        return new ProjectVerdict(
                hash,
                source,
                p.sheet().sheet(),
                p.department(),
                p.year(),
                p.name(),
                blocked ? Status.BLOCKED : Status.CONVERTED,
                p.funds() == null ? null : p.funds().budget(),
                p.funds() == null ? null : p.funds().executed(),
                p.funds() == null ? null : p.funds().rate(),
                p.total(),
                p.scored() ? p.grade() : "",
                Severity.ERROR.countIn(listed),
                Severity.WARNING.countIn(listed),
                blocked ? "" : table,
                auditReport,
                processedAt,
                p.line().labels(),
                p.outOf(),
                blocked ? firstError(listed, source) : "");
    }

    /**
     * A project's first 错误 as its project 校验报告 lists it, with its place: that report lists the
     * errors first, the reader's, then each project's, each in the order they were found; so it is
     * the first error of {@code findings} given in that order ("" when none).
     */
    static String firstError(List<Finding> findings, String source) {
        return findings.stream()
                .filter(Finding::blocks)
                .findFirst()
                .map(f -> ManifestEntry.placed(f, source))
                .orElse("");
    }

    /** The status as the bureau reads it: 自评表已生成 or 存在错误，未生成自评表. */
    public String statusLabel() {
        return status == Status.CONVERTED ? "自评表已生成" : "存在错误，未生成自评表";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
