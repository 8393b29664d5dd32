package org.selfeval.report.print;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;

/**
 * The result of validating one submission: its findings and, when it could be read, its evaluation;
 * and the project tables it holds.
 *
 * @param projects the project tables the files hold, null when none
 * @param department false when the files hold project tables only (no department was checked)
 */
public record Validation(
        Path origin,
        List<Finding> findings,
        Evaluation evaluation,
        ProjectValidation projects,
        boolean department) {

    public Validation {
        findings = List.copyOf(findings);
    }

    /** A department's submission without project tables. */
    public Validation(Path origin, List<Finding> findings, Evaluation evaluation) {
        this(origin, findings, evaluation, null, true);
    }

    /** A submission of project tables only. */
    public static Validation projectsOnly(Path origin, ProjectValidation projects) {
        return new Validation(origin, List.of(), null, projects, false);
    }

    /** This submission with the project tables its files hold (none: null). */
    public Validation withProjects(ProjectValidation tables) {
        return new Validation(origin, findings, evaluation, tables, department);
    }

    public boolean hasErrors() {
        return departmentErrors() || (projects != null && projects.hasErrors());
    }

    /** The department's sheets could not be read or hold an 错误. */
    public boolean departmentErrors() {
        return department && (evaluation == null || findings.stream().anyMatch(Finding::blocks));
    }

    /** The file name shown for findings without a file of their own. */
    public String name() {
        return origin.getFileName() == null ? origin.toString() : origin.getFileName().toString();
    }

    public String fileOf(Finding f) {
        return f.source() == null || f.source().file() == null ? name() : f.source().file();
    }

    public static String cellOf(Finding f) {
        return f.source() == null ? "" : f.source().sheetCell();
    }
}
