package org.selfeval.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.project.ProjectEvaluation;

/** Renders the Word documents of a submission's project tables as bytes. */
public interface ProjectRenderStage {

    /** A project's 项目支出绩效自评表; only called for a project that is not blocked. */
    byte[] table(ProjectEvaluation evaluation);

    /** The 校验报告 of all the submission's projects and the reader's findings about them. */
    byte[] auditReport(Path origin, List<ProjectEvaluation> projects, List<Finding> readFindings);
}
