package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;

/**
 * A fault at each step of publishing (as a full disk or an unwritable folder makes it) leaves the
 * submission in the inbox with no verdict and no reason pointing at a missing file; the next run
 * files it as new. A crash between the move and the verdict is completed when the record is next
 * opened.
 */
class EvidenceBeforeVerdictTest {

    private static final String BLOCKED = "广州市花都区财政局";

    @TempDir Path root;

    private final StringWriter console = new StringWriter();

    private BatchFolders folders() throws Exception {
        BatchFolders folders =
                new BatchFolders(
                        root.resolve("inbox"),
                        root.resolve("output"),
                        root.resolve("archive"),
                        root.resolve("failed"));
        folders.create(true);
        return folders;
    }

    private Tally round(BatchRun.Faults faults) throws Exception {
        BatchFolders folders = folders();
        try (Manifest manifest = Manifest.load(folders.out());
                RunLog log =
                        RunLog.open(
                                folders.out(),
                                new PrintWriter(console, true),
                                RunCommandTest.CLOCK)) {
            return new BatchRun(
                            FakeStages.pipeline(),
                            folders,
                            manifest,
                            new Settler(Duration.ZERO, d -> {}),
                            1,
                            RunCommandTest.CLOCK,
                            log)
                    .failingWith(faults)
                    .round(() -> false);
        }
    }

    private static BatchRun.Faults at(BatchRun.Step failing) {
        return (step, path) -> {
            if (step == failing) throw new IOException("No space left on device");
        };
    }

    private Path failedDay() {
        return root.resolve("failed").resolve(RunCommandTest.DAY);
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(BatchRun.Step.class)
    void aFaultAtEachStepLeavesTheSubmissionForTheNextRunWithoutAVerdict(BatchRun.Step step)
            throws Exception {
        Path blocked =
                FakeStages.workbook(
                        root.resolve("inbox/blocked.xlsx"), BLOCKED, "2023", "errors=2");
        Path good =
                FakeStages.workbook(root.resolve("inbox/good.xlsx"), RunCommandTest.GOOD, "2023");

        Tally faulty = round(at(step));

        // a converted submission has no companions: only the blocked one meets that step
        boolean both = step != BatchRun.Step.COMPANIONS;
        assertTrue(
                faulty.summary().contains("程序内部错误 " + (both ? 2 : 1) + " 份"),
                faulty.summary() + console);
        assertTrue(Files.exists(blocked), "left in the inbox");
        assertEquals(both, Files.exists(good));
        assertEquals(
                both ? List.of() : List.of(RunCommandTest.GOOD),
                Manifest.read(root.resolve("output")).stream()
                        .map(ManifestEntry::department)
                        .toList(),
                "no verdict");
        assertEquals(List.of(), names(failedDay()), "no reason without its submission");
        assertEquals(
                List.of(),
                names(root.resolve("output/2023").resolve(BLOCKED)),
                "no document published for a verdict never given");
        assertTrue(console.toString().contains("磁盘空间已满"), console.toString());
        assertFalse(console.toString().contains("\tat "), console.toString());

        Tally next = round(BatchRun.Faults.NONE);

        assertEquals(
                "完成：共处理 " + (both ? 2 : 1) + " 份，报告已生成 " + (both ? 1 : 0) + " 份，存在错误 1 份，无法读取 0 份。",
                next.summary(),
                "filed as new, not as a duplicate");
        assertEquals(
                List.of("blocked.xlsx", "blocked.xlsx.原因.txt", "blocked.xlsx.校验报告.docx"),
                names(failedDay()));
        String reason =
                Files.readString(
                        failedDay().resolve("blocked.xlsx.原因.txt"), StandardCharsets.UTF_8);
        assertTrue(reason.contains("存在“错误”级别的问题"), reason);
        List<ManifestEntry> record = Manifest.read(root.resolve("output"));
        assertEquals(2, record.size());
        for (ManifestEntry e : record) {
            for (String document : List.of(e.report(), e.auditReport())) {
                if (!document.isEmpty())
                    assertTrue(Files.exists(root.resolve("output").resolve(document)), document);
            }
            assertEquals(1, e.version(), "nothing published twice");
        }
    }

    /**
     * The run dies (not an I/O error: the process ends) after the move, before the verdict is
     * committed.
     */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @ParameterizedTest
    @EnumSource(
            value = Status.class,
            names = {"CONVERTED", "BLOCKED"})
    void aCrashBetweenTheMoveAndTheVerdictIsCompletedOnTheNextStart(Status status)
            throws Exception {
        FakeStages.workbook(
                root.resolve("inbox/sub.xlsx"),
                BLOCKED,
                "2023",
                status == Status.BLOCKED ? "errors=1" : "");

        assertThrows(
                Crash.class,
                () ->
                        round(
                                (step, path) -> {
                                    if (step == BatchRun.Step.VERDICT) throw new Crash();
                                }));
        assertFalse(
                Files.exists(root.resolve("inbox/sub.xlsx")), "already filed when the run died");
        assertEquals(
                List.of(), Manifest.read(root.resolve("output")), "its verdict not yet committed");

        // the next run completes it and says so on the console
        java.io.StringWriter next = new java.io.StringWriter();
        int exit = RunCommandTest.run(root, next, d -> {});
        assertEquals(0, exit, next.toString());
        assertTrue(
                next.toString()
                        .contains(
                                "上次运行中断时已移入归档或失败文件夹、尚未记录结论的提交，已补记：sub.xlsx（"
                                        + status.label()
                                        + "）"),
                next.toString());
        List<ManifestEntry> record = Manifest.read(root.resolve("output"));
        assertEquals(List.of(status), record.stream().map(ManifestEntry::status).toList());
    }

    /**
     * The record locked by another program (a database tool left open with a write in progress):
     * the run says so in one line, names the record and what to do; the submission stays in the
     * inbox with no document published, and the next run files it once the tool is closed.
     */
    @org.junit.jupiter.api.Test
    void aRecordLockedByAnotherProgramIsToldAsSuchAndLeavesTheSubmissionInTheInbox()
            throws Exception {
        folders();
        try (Manifest m = Manifest.load(root.resolve("output"))) {
            // the record exists, as after any earlier night
        }
        Path blocked =
                FakeStages.workbook(
                        root.resolve("inbox/blocked.xlsx"), BLOCKED, "2023", "errors=2");
        Path record = root.resolve("output").resolve(Manifest.FILE_NAME);
        StringWriter out = new StringWriter();
        int exit;
        try (java.sql.Connection tool =
                        java.sql.DriverManager.getConnection("jdbc:sqlite:" + record);
                java.sql.Statement s = tool.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            exit = RunCommandTest.run(root, out, d -> {});
            s.execute("ROLLBACK");
        }
        String console = out.toString();
        assertEquals(3, exit, console);
        assertTrue(
                console.contains(
                        "处理记录 " + record.toAbsolutePath() + " 被其他程序锁定（如打开着它的数据库工具），请关闭该程序后重新运行"),
                console);
        assertFalse(console.contains("\tat "), console);
        assertFalse(console.contains("SQLITE_BUSY"), console);
        assertTrue(Files.exists(blocked), "left in the inbox");
        assertEquals(List.of(), names(failedDay()), "no reason without its submission");
        assertEquals(
                List.of(),
                names(root.resolve("output/2023").resolve(BLOCKED)),
                "no document published for a verdict never given");
        assertEquals(List.of(), Manifest.read(root.resolve("output")), "no verdict");

        // the tool closed: the next run files it as new
        StringWriter next = new StringWriter();
        assertEquals(1, RunCommandTest.run(root, next, d -> {}), next.toString());
        assertEquals(
                List.of("blocked.xlsx", "blocked.xlsx.原因.txt", "blocked.xlsx.校验报告.docx"),
                names(failedDay()));
    }
}
