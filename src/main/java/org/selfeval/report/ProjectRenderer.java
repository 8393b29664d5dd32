package org.selfeval.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.project.ProjectEvaluation;
import org.selfeval.report.docx.DocxPackage;
import org.selfeval.report.docx.StyleSheet;
import org.selfeval.report.docx.WordDocument;

/**
 * Renders a project's 项目支出绩效自评表 and a submission's project 校验报告 as .docx bytes, with the department
 * report's styles and page.
 */
public final class ProjectRenderer implements org.selfeval.pipeline.ProjectRenderStage {

    private final DocxPackage parts;
    private final RenderOptions options;

    public ProjectRenderer(RenderOptions options) {
        this.options = options;
        this.parts =
                new DocxPackage(
                        options.style()
                                .map(StyleSheet::withOverrides)
                                .orElseGet(StyleSheet::standard));
    }

    /** Only for a project that is not blocked. */
    @Override
    public byte[] table(ProjectEvaluation evaluation) {
        Instant time = options.clock().instant();
        WordDocument doc = new WordDocument(parts);
        ProjectTableDocument table = new ProjectTableDocument(evaluation);
        table.write(doc);
        doc.properties(table.title(), evaluation.department(), evaluation.year(), time);
        return doc.toBytes(time);
    }

    @Override
    public byte[] auditReport(
            Path origin, List<ProjectEvaluation> projects, List<Finding> readFindings) {
        Instant time = options.clock().instant();
        WordDocument doc = new WordDocument(parts);
        ProjectAuditReport audit =
                new ProjectAuditReport(origin, projects, readFindings, options.findingKinds());
        audit.write(doc);
        String department = projects.isEmpty() ? "" : projects.get(0).department();
        String year = projects.isEmpty() ? "" : projects.get(0).year();
        doc.properties(audit.title(), department, year, time);
        return doc.toBytes(time);
    }
}
