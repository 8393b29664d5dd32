package org.selfeval.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.pipeline.RenderStage;

/**
 * Renders the 部门整体支出绩效自评报告 and the 校验报告 as .docx bytes with docx4j.
 * Thread-safe: the styles are prepared once and deep-copied per document; docx4j's JAXB context is its own
 * JVM-wide singleton. Nothing here touches docx4j's font mapper (no PDF export, no fontsInUse).
 */
public final class DocxRenderer implements RenderStage {

    private final StyleSheet styles;
    private final RenderOptions options;

    public DocxRenderer() {
        this(RenderOptions.defaults());
    }

    /** @throws IllegalArgumentException when the style .docx cannot be read (message in Chinese) */
    public DocxRenderer(RenderOptions options) {
        this.options = options;
        this.styles = options.style().map(StyleSheet::withOverrides).orElseGet(StyleSheet::standard);
    }

    @Override
    public byte[] report(Evaluation evaluation) {
        Instant time = options.clock().instant();
        WordDocument doc = new WordDocument(styles);
        ReportOutline.write(evaluation, doc);
        doc.properties(TitleSection.title(evaluation), evaluation.department(), evaluation.year(), time);
        return doc.toBytes(time);
    }

    @Override
    public byte[] auditReport(Path origin, Evaluation evaluation, List<Finding> findings) {
        Instant time = options.clock().instant();
        WordDocument doc = new WordDocument(styles);
        AuditReport audit = new AuditReport(origin, evaluation, findings);
        audit.write(doc);
        doc.properties(audit.title(), evaluation == null ? "" : evaluation.department(),
                evaluation == null ? "" : evaluation.year(), time);
        return doc.toBytes(time);
    }
}
