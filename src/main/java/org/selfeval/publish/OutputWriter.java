package org.selfeval.publish;

import java.io.IOException;
import java.nio.file.Path;
import org.selfeval.pipeline.Outcome;

/**
 * Writes a converted submission's report and audit report into {@code <out>/<年度>/<部门名称>/},
 * atomically.
 */
public final class OutputWriter {

    private final Path out;

    public OutputWriter(Path out) {
        this.out = out;
    }

    public Path out() {
        return out;
    }

    /** Writes whichever documents the outcome has; {@code tag} ("-v2" …) goes before ".docx". */
    public PublishedFiles write(Outcome outcome, ReportNames names, String tag) throws IOException {
        Path folder = names.folder(out);
        Path report = null;
        Path audit = null;
        if (outcome.report() != null) {
            report = folder.resolve(names.report(tag));
            AtomicFiles.write(report, outcome.report());
        }
        if (outcome.auditReport() != null) {
            audit = folder.resolve(names.auditReport(tag));
            AtomicFiles.write(audit, outcome.auditReport());
        }
        return new PublishedFiles(report, audit);
    }
}
