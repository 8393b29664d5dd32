package org.selfeval.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plain {@code java -jar selfeval.jar run} gets the JVM's default heap sizing: on a server-class
 * machine G1 with an initial heap of 1/64 of the memory and an eden that grows far past what a run
 * keeps alive (about 40–70 MB: the converted window, the manifest), so the process grew to 800+ MB.
 * Batch runs are therefore carried out in a child JVM whose heap follows the live set instead: the
 * serial collector (what the launcher script uses), a heap that grows and shrinks with the live
 * set, and 512 MB at most — the room the read limits ({@code ReadLimits}) leave for the largest
 * workbook accepted. The user needs to know no option; one who gives a heap or collector option of
 * their own gets exactly what they asked for.
 */
final class BoundedJvm {

    /** Set on the child, so it never starts another. */
    static final String CHILD_PROPERTY = "selfeval.boundedJvm";

    /**
     * Measured over 300 bench workbooks (bench/RESULTS.md): the young generation fixed at 32 MB
     * with roomy survivor spaces, so a submission's objects die young; the old generation kept
     * within 10–30 % of its live data.
     */
    static final List<String> OPTIONS =
            List.of(
                    "-XX:+UseSerialGC",
                    "-Xms48m",
                    "-Xmx512m",
                    "-Xmn32m",
                    "-XX:SurvivorRatio=4",
                    "-XX:MinHeapFreeRatio=10",
                    "-XX:MaxHeapFreeRatio=30");

    /**
     * Options that already decide the heap or the collector: then the JVM is left as the user
     * started it.
     */
    private static final List<String> USER_CHOICES =
            List.of(
                    "-Xmx",
                    "-Xms",
                    "-XX:MaxHeapSize",
                    "-XX:InitialHeapSize",
                    "-XX:MaxRAM",
                    "-XX:InitialRAM",
                    "-XX:+Use",
                    "-D" + CHILD_PROPERTY);

    private BoundedJvm() {}

    /**
     * Runs {@code args} in a bounded child JVM when they are a batch run and this JVM was started
     * without heap options; the child's exit code, or empty when the command is to run here.
     */
    static Optional<Integer> runInChild(String[] args) {
        if (args.length == 0 || !args[0].equals("run")) return Optional.empty();
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!needed(jvmArgs)) return Optional.empty();
        Optional<Path> jar = ownJar();
        Optional<String> java = ProcessHandle.current().info().command();
        if (jar.isEmpty() || java.isEmpty()) return Optional.empty();
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(jvmArgs);
        command.addAll(OPTIONS);
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(List.of(args));
        Process child;
        try {
            // its input is a pipe from this JVM, never written: when this process dies, even by
            // SIGKILL, the system closes it and the worker's ParentWatch sees the end at once
            child =
                    new ProcessBuilder(command)
                            .inheritIO()
                            .redirectInput(ProcessBuilder.Redirect.PIPE)
                            .start();
        } catch (IOException e) {
            return Optional
                    .empty(); // cannot start a JVM: run here, unbounded, rather than not at all
        }
        // Ctrl+C reaches both; SIGTERM reaches only this JVM: pass it on, and wait while the child
        // finishes the submission it is publishing (its own shutdown hook does that), then leave
        // with its exit code.
        Thread forward =
                new Thread(
                        () -> {
                            child.destroy();
                            Runtime.getRuntime().halt(waitFor(child));
                        },
                        "selfeval-child-stop");
        Runtime.getRuntime().addShutdownHook(forward);
        int code = waitFor(child);
        try {
            Runtime.getRuntime().removeShutdownHook(forward);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and exits with the same code
        }
        WorkerEnd.abnormal(code, child.pid()).ifPresent(line -> WorkerEnd.tell(line, args));
        return Optional.of(code);
    }

    static boolean needed(List<String> jvmArgs) {
        return jvmArgs.stream().noneMatch(a -> USER_CHOICES.stream().anyMatch(a::startsWith));
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: leaving early would orphan a child that holds the run lock
            }
        }
    }

    /** The jar this class was loaded from; empty when running from classes (tests, IDE). */
    private static Optional<Path> ownJar() {
        try {
            var source = BoundedJvm.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            Path p = Path.of(source.getLocation().toURI());
            return p.toString().endsWith(".jar") && new File(p.toString()).isFile()
                    ? Optional.of(p)
                    : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
