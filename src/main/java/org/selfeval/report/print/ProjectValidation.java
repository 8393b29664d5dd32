package org.selfeval.report.print;

import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.ProjectTableLine;

/**
 * The 项目支出绩效自评表 a validated submission holds: the reader's findings about them, then each project's
 * figures, total and grade (as its department's report lists them) and its findings.
 */
public record ProjectValidation(List<Finding> readFindings, List<Project> projects) {

    public ProjectValidation {
        readFindings = List.copyOf(readFindings);
        projects = List.copyOf(projects);
    }

    /** One project table after audit and scoring. */
    public record Project(ProjectTableLine line, List<Finding> findings) {

        public Project {
            findings = List.copyOf(findings);
        }

        public boolean hasErrors() {
            return line.blocked() || findings.stream().anyMatch(Finding::blocks);
        }

        public String sheet() {
            return line.name().source().sheet();
        }

        /** The project's name, or its sheet's when 项目名称 is blank. */
        public String name() {
            return line.name().isBlank() ? sheet() : line.name().value();
        }
    }

    public boolean hasErrors() {
        return readFindings.stream().anyMatch(Finding::blocks)
                || projects.stream().anyMatch(Project::hasErrors);
    }
}
