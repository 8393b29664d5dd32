package org.selfeval.publish;

import java.nio.file.Path;

/** Where a submission's outputs landed; either may be null when it was not written. */
public record PublishedFiles(Path report, Path auditReport) {

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
