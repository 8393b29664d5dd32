package org.selfeval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Time from spawning a fresh process to the first report (…自评报告.docx, not the audit report) appearing in
 * its output folder, the wait of a clerk converting one workbook. The process's output goes to a log file.
 */
public final class StartupProbe {

    private static final long TIMEOUT_SECONDS = 120;

    private StartupProbe() {
    }

    /** Milliseconds from spawn to the report; the process is then awaited. -1 when no report appeared. */
    public static long millisToFirstReport(List<String> command, Path out, Path log) throws IOException, InterruptedException {
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
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) p.destroyForcibly();
        return found < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(found);
    }

    /** Milliseconds from spawn to the process's exit. */
    public static long millisToExit(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) p.destroyForcibly();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
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
