package org.selfeval.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.project.ProjectEvaluation;

/**
 * The project tables of one submission, converted in memory: each project's evaluation and its 自评表
 * (null when a 错误 blocked it), and the submission's project 校验报告. Publishing writes them.
 */
public record ProjectOutcome(
        Path origin,
        List<ProjectEvaluation> projects,
        List<byte[]> tables,
        List<Finding> readFindings,
        byte[] auditReport) {

    public ProjectOutcome {
        projects = List.copyOf(projects);
        tables = java.util.Collections.unmodifiableList(new ArrayList<>(tables));
        readFindings = List.copyOf(readFindings);
    }

    /** Every finding: the reader's, then each project's. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(readFindings);
        projects.forEach(p -> all.addAll(p.findings()));
        return all;
    }

    public long blocked() {
        return projects.stream().filter(ProjectEvaluation::blocked).count();
    }
}
