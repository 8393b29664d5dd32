package org.selfeval.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged program in a child process, started the way operations start it: through the
 * launcher or with plain {@code java -jar}, in an empty environment ({@code env -i}) unless told
 * otherwise.
 */
final class Child {

    static final Path HOME =
            Path.of(System.getProperty("selfeval.home", ".")).toAbsolutePath().normalize();
    static final Path JAR =
            Path.of(System.getProperty("selfeval.jar", "target/selfeval.jar")).toAbsolutePath();
    static final Path LAUNCHER = HOME.resolve("selfeval");
    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private final Process process;
    private final Path out;
    private final Path err;

    private Child(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * {@code env -i [variables…] command…} in {@code dir}; stdout and stderr go to files in {@code
     * logs}.
     */
    static Child start(Path dir, Path logs, List<String> variables, List<String> command)
            throws IOException {
        List<String> full = new ArrayList<>(List.of("env", "-i"));
        full.addAll(variables);
        full.addAll(command);
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, "child", ".out");
        Path err = Files.createTempFile(logs, "child", ".err");
        Process p =
                new ProcessBuilder(full)
                        .directory(dir.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
        return new Child(p, out, err);
    }

    /**
     * The launcher with only what an empty environment has (JAVA_HOME when java is not where cron
     * finds it).
     */
    static List<String> launcher(String... args) {
        List<String> c = new ArrayList<>(List.of(LAUNCHER.toString()));
        c.addAll(List.of(args));
        return c;
    }

    static List<String> launcherVariables() {
        boolean onDefaultPath =
                Files.isExecutable(Path.of("/usr/bin/java"))
                        || Files.isExecutable(Path.of("/bin/java"));
        return onDefaultPath ? List.of() : List.of("JAVA_HOME=" + System.getProperty("java.home"));
    }

    static List<String> plainJava(String... args) {
        List<String> c = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
        c.addAll(List.of(args));
        return c;
    }

    /**
     * The started process ({@code env} replaces itself with the command, so this is the command's
     * process).
     */
    ProcessHandle handle() {
        return process.toHandle();
    }

    int waitFor() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("child did not finish in 5 minutes");
        }
        return process.exitValue();
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Runs to the end; the exit code. */
    static Result run(Path dir, Path logs, List<String> variables, List<String> command)
            throws IOException, InterruptedException {
        Child c = start(dir, logs, variables, command);
        int exit = c.waitFor();
        return new Result(exit, c.out(), c.err());
    }

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }
}
