package org.selfeval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times a fresh process converting one workbook, the wait of a clerk: from spawn to the first report
 * (…自评报告.docx, not the audit report) appearing in its output folder, and from spawn to the process's exit
 * (the audit report and the log written, the JVM shut down). The process's output goes to a log file.
 */
public final class StartupProbe {

    private static final long TIMEOUT_SECONDS = 120;

    private StartupProbe() {
    }

    /** Milliseconds from spawn to the report (-1 when none appeared) and to the exit (-1 when it had to be killed). */
    public record Timing(long firstReport, long exit) {
    }

    public static Timing time(List<String> command, Path out, Path log) throws IOException, InterruptedException {
        InputPool.deleteTree(out);
        Files.createDirectories(out);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long start = System.nanoTime();
        Process p = pb.start();
        long deadline = start + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        long found = -1;
        while (System.nanoTime() < deadline) {
            if (reportExists(out)) {
                found = System.nanoTime() - start;
                break;
            }
            if (!p.isAlive() && !reportExists(out)) break;
            Thread.sleep(2);
        }
        boolean exited = p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        long exit = System.nanoTime() - start;
        if (!exited) p.destroyForcibly();
        return new Timing(found < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(found), exited ? TimeUnit.NANOSECONDS.toMillis(exit) : -1);
    }


    private static boolean reportExists(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.endsWith("自评报告.docx") && !n.startsWith("."));
        } catch (java.io.UncheckedIOException e) {
            return false; // a folder appeared or vanished while walking: look again
        }
    }
}
