package org.selfeval.publish;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.selfeval.pipeline.DocumentName;

/**
 * Where a submission's outputs landed, per output format, in the formats' order; a document that
 * was not written is absent.
 */
public record PublishedFiles(Map<DocumentName, Path> files) {

    public PublishedFiles {
        Map<DocumentName, Path> present = new LinkedHashMap<>();
        files.forEach(
                (name, path) -> {
                    if (path != null) present.put(name, path);
                });
        files = Collections.unmodifiableMap(present);
    }

    /** The report and the audit report; either may be null. */
    public PublishedFiles(Path report, Path auditReport) {
        this(standard(report, auditReport));
    }

    private static Map<DocumentName, Path> standard(Path report, Path auditReport) {
        Map<DocumentName, Path> files = new LinkedHashMap<>();
        files.put(DocumentName.REPORT, report);
        files.put(DocumentName.AUDIT_REPORT, auditReport);
        return files;
    }

    /** The report, or null. */
    public Path report() {
        return files.get(DocumentName.REPORT);
    }

    /** The audit report, or null. */
    public Path auditReport() {
        return files.get(DocumentName.AUDIT_REPORT);
    }

    /**
     * The path relative to {@code out} with "/" separators, or "" for null — how the manifest
     * stores it.
     */
    public static String relative(Path out, Path file) {
        if (file == null) return "";
        return out.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }
}
