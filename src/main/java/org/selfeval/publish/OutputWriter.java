package org.selfeval.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.selfeval.pipeline.DocumentName;
import org.selfeval.pipeline.Outcome;

/**
 * Writes a converted submission's documents (the report, the audit report, any other registered
 * format) into {@code <out>/<年度>/<部门名称>/}, atomically.
 */
public final class OutputWriter {

    private final Path out;

    public OutputWriter(Path out) {
        this.out = out;
    }

    public Path out() {
        return out;
    }

    /**
     * Writes whichever documents the outcome has; {@code tag} ("-v2" …) goes before the extension.
     */
    public PublishedFiles write(Outcome outcome, ReportNames names, String tag) throws IOException {
        Path folder = names.folder(out);
        Map<DocumentName, Path> written = new LinkedHashMap<>();
        for (Map.Entry<DocumentName, byte[]> d : outcome.documents().entrySet()) {
            Path file = folder.resolve(names.file(d.getKey(), tag));
            AtomicFiles.write(file, d.getValue());
            written.put(d.getKey(), file);
        }
        return new PublishedFiles(written);
    }
}
