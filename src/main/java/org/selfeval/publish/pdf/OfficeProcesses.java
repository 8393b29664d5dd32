package org.selfeval.publish.pdf;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Every LibreOffice process started for one work folder, found by that folder in its command line
 * (its profile, -env:UserInstallation, lies there, whoever started it: the pool, JODConverter
 * restarting an office that exited with code 81 on its fresh profile, or LibreOffice restarting
 * itself). So closing a converter, or the JVM exiting, stops each of them, and none outlives the
 * program (a leftover office holds the console's pipes and keeps a calling build waiting).
 */
final class OfficeProcesses {

    private OfficeProcesses() {}

    /** The live processes whose command line names a file in {@code work}, and their children. */
    static List<ProcessHandle> under(Path work) {
        Path folder = work.toAbsolutePath().normalize();
        String inside = folder + File.separator;
        String insideUri = folder.toUri().toString(); // file:///…/ as -env:UserInstallation has it
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> found = new ArrayList<>();
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            all.filter(p -> p.pid() != self)
                    .filter(
                            p -> {
                                String line = p.info().commandLine().orElse("");
                                return line.contains(inside) || line.contains(insideUri);
                            })
                    .forEach(
                            p -> {
                                found.add(p);
                                p.descendants().forEach(found::add);
                            });
        }
        return found.stream().distinct().filter(ProcessHandle::isAlive).toList();
    }

    /**
     * Stops every process {@link #under} finds: asked to end, then killed after {@code grace}.
     *
     * @return how many were still running
     */
    static int stop(Path work, Duration grace) {
        int stopped = 0;
        // again while any is found: one may have been starting (a restart) while the others ended
        for (int round = 0; round < 3; round++) {
            List<ProcessHandle> running = under(work);
            if (running.isEmpty()) break;
            stopped += running.size();
            end(running, grace);
        }
        return stopped;
    }

    private static void end(List<ProcessHandle> running, Duration grace) {
        running.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : running) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // killed below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (ProcessHandle p : running) if (p.isAlive()) p.destroyForcibly();
    }
}
