package org.selfeval.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;

/**
 * The registry of output formats a pipeline renders, in order: each submission's documents are
 * rendered, and published, in the order registered. Immutable; {@link #with} gives a new registry.
 */
public final class OutputFormats {

    private final List<OutputFormat> formats;

    private OutputFormats(List<OutputFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /**
     * The 校验报告 (for every submission, readable or not), then the report (for one not blocked), both
     * from {@code renderer}.
     */
    public static OutputFormats standard(RenderStage renderer) {
        return new OutputFormats(
                List.of(new AuditReportFormat(renderer), new ReportFormat(renderer)));
    }

    /** None: what validate renders. */
    public static OutputFormats none() {
        return new OutputFormats(List.of());
    }

    /**
     * These formats and {@code format} after them.
     *
     * @throws IllegalArgumentException when its id or its file name is already registered
     */
    public OutputFormats with(OutputFormat format) {
        DocumentName n = format.name();
        for (OutputFormat f : formats) {
            DocumentName taken = f.name();
            if (taken.id().equals(n.id())
                    || (taken.title().equals(n.title()) && taken.extension().equals(n.extension())))
                throw new IllegalArgumentException("output format registered twice: " + n);
        }
        List<OutputFormat> more = new ArrayList<>(formats);
        more.add(format);
        return new OutputFormats(more);
    }

    public List<OutputFormat> list() {
        return formats;
    }

    /** The report: rendered only for an evaluation that is not blocked. */
    private record ReportFormat(RenderStage renderer) implements OutputFormat {
        @Override
        public DocumentName name() {
            return DocumentName.REPORT;
        }

        @Override
        public byte[] render(Path origin, Evaluation evaluation, List<Finding> findings) {
            return evaluation == null || evaluation.blocked() ? null : renderer.report(evaluation);
        }
    }

    /** The 校验报告: for every submission. */
    private record AuditReportFormat(RenderStage renderer) implements OutputFormat {
        @Override
        public DocumentName name() {
            return DocumentName.AUDIT_REPORT;
        }

        @Override
        public byte[] render(Path origin, Evaluation evaluation, List<Finding> findings) {
            return renderer.auditReport(origin, evaluation, findings);
        }
    }
}
