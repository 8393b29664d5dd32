package org.selfeval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.robust.HostileInboxTest.names;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Main;
import org.selfeval.publish.AtomicFiles;
import org.selfeval.publish.Manifest;
import picocli.CommandLine;

/**
 * {@code selfeval run} as a child process over a large inbox, killed with SIGKILL mid-batch, then
 * run again: nothing is lost or half-written, the rerun completes everything, and the summary lists
 * each department once.
 */
class CrashRecoveryIT {

    private static final int SUBMISSIONS = 24;

    @TempDir Path root;

    @Test
    void killedRunLosesNothingAndTheRerunCompletesEverything() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 1; i <= SUBMISSIONS; i++) {
            String name = String.format("%02d-测试部门%02d.xlsx", i, i);
            HostileInputs.write(
                    root.resolve("inbox").resolve(name), HostileInputs.variant("广州市花都区测试部门" + i));
            inputs.add(name);
        }
        Path day = Path.of(LocalDate.now().toString());

        long start = System.nanoTime();
        Process child = startChild();
        awaitArchived(root.resolve("archive").resolve(day), 2, child);
        long firstOutputs = System.nanoTime();
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        long killed = System.nanoTime();

        String childConsole = Files.readString(root.resolve("child.err"), StandardCharsets.UTF_8);
        assertTrue(childConsole.contains("报告已生成"), childConsole);
        assertFalse(
                childConsole.contains("Exception") || childConsole.contains("\tat "), childConsole);
        // after the kill: every input in exactly one place, nothing half-written under a final name
        assertNothingLost(inputs, day);
        assertOutputsWhole();
        try (Manifest record = Manifest.load(root.resolve("output"))) {
            assertFalse(
                    record.entries().isEmpty(), "the verdicts committed before the kill are there");
        }
        int leftInInbox = names(root.resolve("inbox")).size();
        assertTrue(leftInInbox > 0, "the kill came too late to test anything");
        // the next night: temp files left by the kill are old by then.
        // A kill inside a write leaves a hidden temp file (rarely hit by chance: a write takes
        // milliseconds).
        Files.writeString(
                root.resolve("output/2023").resolve(AtomicFiles.TEMP_PREFIX + "killed.part"),
                "half");
        List<Path> temps = tempFiles();
        for (Path t : temps)
            Files.setLastModifiedTime(
                    t, FileTime.from(Instant.now().minus(Duration.ofMinutes(10))));

        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args().toArray(String[]::new));
        long rerun = System.nanoTime();

        assertEquals(0, exit, err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertEquals(List.of(".selfeval.lock"), names(root.resolve("inbox")));
        assertNothingLost(inputs, day);
        assertOutputsWhole();
        assertEquals(List.of(), tempFiles(), "the rerun removes what the kill left");
        List<String> csv =
                Files.readString(root.resolve("output/2023/汇总.csv"), StandardCharsets.UTF_8)
                        .lines()
                        .skip(1)
                        .toList();
        assertEquals(SUBMISSIONS, csv.size(), String.join("\n", csv));
        Set<String> departments = new HashSet<>();
        for (String line : csv) assertTrue(departments.add(line.split(",")[0]), "twice: " + line);
        for (int i = 1; i <= SUBMISSIONS; i++) assertTrue(departments.contains("广州市花都区测试部门" + i));
        System.out.printf(
                "crash test: first outputs after %d ms, killed with %d of %d left in the inbox and %d temp"
                        + " files; rerun took %d ms%n",
                (firstOutputs - start) / 1_000_000,
                leftInInbox,
                SUBMISSIONS,
                temps.size(),
                (rerun - killed) / 1_000_000);
    }

    private List<String> args() {
        return new ArrayList<>(
                List.of(
                        "run",
                        "--inbox",
                        root.resolve("inbox").toString(),
                        "--out",
                        root.resolve("output").toString(),
                        "--archive",
                        root.resolve("archive").toString(),
                        "--failed",
                        root.resolve("failed").toString(),
                        "--settle",
                        "0",
                        "--threads",
                        "2"));
    }

    private Process startChild() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                java,
                                "-Xmx512m",
                                "-Dfile.encoding=UTF-8",
                                "-Dorg.slf4j.simpleLogger.log.org.docx4j=warn",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Main.class.getName()));
        command.addAll(args().subList(0, args().size()));
        return new ProcessBuilder(command)
                .redirectOutput(root.resolve("child.out").toFile())
                .redirectError(root.resolve("child.err").toFile())
                .start();
    }

    private void awaitArchived(Path archive, int count, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (names(archive).size() >= count) return;
            Thread.sleep(50);
        }
        throw new AssertionError(
                "no outputs from the child: " + Files.readString(root.resolve("child.err")));
    }

    private void assertNothingLost(List<String> inputs, Path day) throws IOException {
        List<String> filed =
                new ArrayList<>(
                        names(root.resolve("inbox")).stream()
                                .filter(n -> !n.equals(".selfeval.lock"))
                                .toList());
        filed.addAll(
                names(root.resolve("archive").resolve(day)).stream()
                        .filter(n -> n.endsWith(".xlsx"))
                        .toList());
        filed.addAll(
                names(root.resolve("failed").resolve(day)).stream()
                        .filter(n -> n.endsWith(".xlsx"))
                        .toList());
        assertEquals(inputs, filed.stream().sorted().toList());
    }

    /**
     * Every file under a final name in output is complete: each .docx/.xlsx opens as a whole zip.
     */
    private void assertOutputsWhole() throws IOException {
        try (Stream<Path> all = Files.walk(root.resolve("output"))) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(AtomicFiles.TEMP_PREFIX)) continue;
                assertFalse(name.endsWith(".part"), p.toString());
                if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
                    try (ZipFile zip = new ZipFile(p.toFile())) {
                        assertTrue(zip.getEntry("[Content_Types].xml") != null, p.toString());
                        HostileInputs.text(zip);
                    }
                }
            }
        }
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                    .toList();
        }
    }
}
