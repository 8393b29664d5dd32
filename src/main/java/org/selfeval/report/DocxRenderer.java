package org.selfeval.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.pipeline.RenderStage;
import org.selfeval.report.docx.DocxPackage;
import org.selfeval.report.docx.StyleSheet;
import org.selfeval.report.docx.WordDocument;

/**
 * Renders the 部门整体支出绩效自评报告 and the 校验报告 as .docx bytes. Thread-safe: the styles and the other fixed
 * parts are prepared once ({@link DocxPackage}) and shared; each document writes its own body.
 * docx4j is used only to read a bureau's --style .docx, once, here.
 */
public final class DocxRenderer implements RenderStage {

    private final DocxPackage parts;
    private final RenderOptions options;

    public DocxRenderer() {
        this(RenderOptions.defaults());
    }

    /**
     * @throws IllegalArgumentException when the style .docx cannot be read (message in Chinese)
     */
    public DocxRenderer(RenderOptions options) {
        this.options = options;
        this.parts =
                new DocxPackage(
                        options.style()
                                .map(StyleSheet::withOverrides)
                                .orElseGet(StyleSheet::standard));
    }

    @Override
    public byte[] report(Evaluation evaluation) {
        Instant time = options.clock().instant();
        WordDocument doc = new WordDocument(parts);
        ReportOutline.write(evaluation, doc);
        doc.properties(
                TitleSection.title(evaluation), evaluation.department(), evaluation.year(), time);
        return doc.toBytes(time);
    }

    @Override
    public byte[] auditReport(Path origin, Evaluation evaluation, List<Finding> findings) {
        Instant time = options.clock().instant();
        WordDocument doc = new WordDocument(parts);
        AuditReport audit = new AuditReport(origin, evaluation, findings, options.findingKinds());
        audit.write(doc);
        doc.properties(
                audit.title(),
                evaluation == null ? "" : evaluation.department(),
                evaluation == null ? "" : evaluation.year(),
                time);
        return doc.toBytes(time);
    }
}
