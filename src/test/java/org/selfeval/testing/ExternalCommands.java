package org.selfeval.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The programs tests hand files to (LibreOffice, poppler): found on the PATH, run with a time
 * limit.
 */
public final class ExternalCommands {

    private ExternalCommands() {}

    /**
     * Runs a command in {@code dir} with a time limit; fails unless it exits 0; returns its output.
     */
    public static String run(Path dir, List<String> command, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Path log = Files.createTempFile(dir, "process", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command.get(0) + " did not finish within " + seconds + " s");
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertEquals(0, p.exitValue(), command.get(0) + " failed: " + out);
        return out;
    }

    public static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }
}
