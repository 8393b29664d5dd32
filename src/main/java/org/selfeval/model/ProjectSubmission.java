package org.selfeval.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The project tables found in one submission (a department workbook with a sheet per project, a
 * workbook per project, or a folder of them), with the reader's findings about them.
 *
 * @param departmentSheets true when the files also hold a department's sheets (基本信息 …): the
 *     department's own report is then converted from the same files
 */
public record ProjectSubmission(
        Path origin,
        List<ProjectSheet> projects,
        List<Finding> findings,
        boolean departmentSheets) {

    public ProjectSubmission {
        projects = List.copyOf(projects);
        findings = List.copyOf(findings);
    }

    public boolean any() {
        return !projects.isEmpty();
    }
}
