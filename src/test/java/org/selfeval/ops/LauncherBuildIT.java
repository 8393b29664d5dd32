package org.selfeval.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two launchers started at once after a source changed: one builds, the other waits and uses its
 * jar; the jar is renamed into place, so the file a running program has open is never rewritten.
 * Maven is stood in for by a script that takes a while and writes the packaged jar where it is told
 * (the real build is what `selfeval` runs; this checks the launcher around it). With flock, and
 * without it (a PATH that lacks it, as on macOS).
 */
class LauncherBuildIT {

    @TempDir Path home;

    private static final String FAKE_MVN =
            """
            #!/usr/bin/env bash
            # stands in for Maven: counts the builds, takes a while, writes the jar where told
            echo build >> "$FAKE_MVN_LOG"
            dir=""
            for a in "$@"; do case "$a" in -Dselfeval.buildDirectory=*) dir="${a#*=}" ;; esac; done
            [ -n "$dir" ] || dir="$(pwd)/target"
            sleep 3
            mkdir -p "$dir"
            cp "$FAKE_MVN_JAR" "$dir/selfeval.jar"
            """;

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void twoLaunchersAtOnceBuildOnceAndNeverRewriteTheJarInPlace(boolean withFlock)
            throws Exception {
        // the program's folder: the launcher, sources newer than its jar
        Files.copy(Child.LAUNCHER, home.resolve("selfeval"));
        Files.createDirectories(home.resolve("src/main/java"));
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Path jar = home.resolve("target/selfeval.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(Child.JAR, jar);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.writeString(home.resolve("src/main/java/Changed.java"), "class Changed {}");
        // what a running program has open: a second name for the jar's file
        Path running = home.resolve("target/running.jar");
        Files.createLink(running, jar);
        byte[] before = digest(running);

        Path bin = Files.createDirectories(home.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, FAKE_MVN);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        String path = bin + ":" + System.getenv("PATH");
        if (!withFlock) {
            // every command of the PATH but flock
            Path noFlock = Files.createDirectories(home.resolve("no-flock"));
            for (String dir : System.getenv("PATH").split(":")) {
                if (!Files.isDirectory(Path.of(dir))) continue;
                try (Stream<Path> s = Files.list(Path.of(dir))) {
                    for (Path p : s.toList()) {
                        Path link = noFlock.resolve(p.getFileName());
                        if (!p.getFileName().toString().equals("flock") && !Files.exists(link))
                            Files.createSymbolicLink(link, p);
                    }
                }
            }
            path = bin + ":" + noFlock;
        }
        try {
            launchTwo(path, withFlock);
        } finally {
            // the links, removed here: the temporary folder's clean-up warns of each one
            Path noFlock = home.resolve("no-flock");
            if (Files.isDirectory(noFlock)) {
                try (Stream<Path> s = Files.list(noFlock)) {
                    for (Path p : s.toList()) Files.delete(p);
                }
            }
        }
        assertFalse(Files.isSameFile(running, jar), "the new jar renamed into place");
        assertArrayEquals(before, digest(running), "the running program's jar never rewritten");
        assertFalse(
                Files.exists(home.resolve("target/.selfeval-build.lock.d")), "no lock left behind");
    }

    private void launchTwo(String path, boolean withFlock) throws Exception {
        Path log = home.resolve("mvn-calls");
        List<Process> launchers = new ArrayList<>();
        List<Path> errs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path err = home.resolve("launcher" + i + ".err");
            errs.add(err);
            ProcessBuilder pb =
                    new ProcessBuilder(home.resolve("selfeval").toString(), "--version")
                            .directory(home.toFile())
                            .redirectOutput(home.resolve("launcher" + i + ".out").toFile())
                            .redirectError(err.toFile());
            pb.environment().put("PATH", path);
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().put("FAKE_MVN_LOG", log.toString());
            pb.environment().put("FAKE_MVN_JAR", Child.JAR.toString());
            launchers.add(pb.start());
        }
        for (int i = 0; i < 2; i++) {
            Process p = launchers.get(i);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "launcher " + i + " ended");
            String err = Files.readString(errs.get(i), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), err);
            assertTrue(
                    Files.readString(home.resolve("launcher" + i + ".out"), StandardCharsets.UTF_8)
                            .startsWith("selfeval "),
                    err);
        }

        assertEquals(
                List.of("build"),
                Files.readAllLines(log),
                "one build: the second launcher waited and used its jar"
                        + (withFlock ? "" : " (no flock)"));
    }
}
