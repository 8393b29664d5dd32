package org.selfeval.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.ingest.ProjectSubmissionReader;
import org.selfeval.model.ProjectSheet;
import org.selfeval.model.ProjectSubmission;
import org.selfeval.pipeline.ProjectOutcome;
import org.selfeval.pipeline.ProjectRenderStage;
import org.selfeval.project.ProjectEvaluation;
import org.selfeval.project.ProjectEvaluator;

/**
 * read → audit and score → render for the project tables of one submission, beside the department's
 * {@link Pipeline}: the department's name and year fill a project's blank 主管部门 and 评价年度 when the
 * projects came with it.
 */
public final class ProjectPipeline {

    private final ProjectSubmissionReader reader;
    private final ProjectEvaluator evaluator;
    private final ProjectRenderStage renderer;

    public ProjectPipeline(
            ProjectSubmissionReader reader,
            ProjectEvaluator evaluator,
            ProjectRenderStage renderer) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.renderer = renderer;
    }

    /** The project tables the files hold (none for a department-only submission). */
    public ProjectSubmission read(Path content) {
        return reader.read(content);
    }

    /**
     * @param department the department's 部门名称 when its sheets came with the projects, else null
     * @param render false for validate: nothing is rendered
     */
    public ProjectOutcome convert(
            Path origin,
            ProjectSubmission submission,
            String department,
            String year,
            boolean render) {
        List<ProjectEvaluation> evaluations = new ArrayList<>();
        List<byte[]> tables = new ArrayList<>();
        for (ProjectSheet sheet : submission.projects()) {
            ProjectEvaluation e = evaluator.evaluate(sheet, department, year);
            evaluations.add(e);
            tables.add(render && !e.blocked() ? renderer.table(e) : null);
        }
        byte[] audit =
                render ? renderer.auditReport(origin, evaluations, submission.findings()) : null;
        return new ProjectOutcome(origin, evaluations, tables, submission.findings(), audit);
    }
}
