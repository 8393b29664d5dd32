package org.selfeval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.selfeval.publish.FolderTrees;

/**
 * Times a fresh process converting one workbook, the wait of a clerk: from spawn to the first
 * report (…自评报告.docx, not the audit report) being written in its output folder, and from spawn to
 * the process's exit (the audit report and the log written, the JVM shut down). The process's
 * output goes to a log file.
 */
public final class StartupProbe {

    private static final long TIMEOUT_SECONDS = 120;

    private StartupProbe() {}

    /**
     * Milliseconds from spawn to the report (-1 when none appeared) and to the exit (-1 when it had
     * to be killed).
     */
    public record Timing(long firstReport, long exit) {}

    public static Timing time(List<String> command, Path out, Path log)
            throws IOException, InterruptedException {
        FolderTrees.delete(out);
        Files.createDirectories(out);
        ProcessBuilder pb =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // No polling while the process runs: a loop walking the output folder every few ms took a
        // core from the process measured (bench/RESULTS.md). The report's own modification time
        // says when it was written.
        Instant spawned = Instant.now();
        long start = System.nanoTime();
        Process p = pb.start();
        boolean exited = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long exit = System.nanoTime() - start;
        if (!exited) p.destroyForcibly();
        long report =
                reportWritten(out)
                        .map(t -> Duration.between(spawned, t.toInstant()).toMillis())
                        .orElse(-1L);
        return new Timing(report, exited ? TimeUnit.NANOSECONDS.toMillis(exit) : -1);
    }

    private static Optional<FileTime> reportWritten(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            Optional<Path> report =
                    walk.filter(
                                    f -> {
                                        String n = f.getFileName().toString();
                                        return n.endsWith("自评报告.docx") && !n.startsWith(".");
                                    })
                            .findFirst();
            return report.isPresent()
                    ? Optional.of(Files.getLastModifiedTime(report.get()))
                    : Optional.empty();
        }
    }
}
