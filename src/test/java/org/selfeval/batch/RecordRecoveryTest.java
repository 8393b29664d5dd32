package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.RecordCommand;
import org.selfeval.cli.RunCommand;
import org.selfeval.cli.StatusCommand;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.summary.SummaryWriter;
import org.selfeval.testing.SeasonFolders;
import picocli.CommandLine;

/**
 * The record lost or damaged on a real season: refused untouched, then rebuilt from the filed
 * submissions.
 */
class RecordRecoveryTest {

    private static final String GOOD = RunCommandTest.GOOD;
    private static final String BLOCKED = "广州市花都区财政局";

    @TempDir Path root;

    private final StringWriter err = new StringWriter();

    private Path inbox(String name) {
        return root.resolve("inbox").resolve(name);
    }

    private String[] folders(String... extra) {
        return SeasonFolders.args(root, List.of(), extra);
    }

    private int run(String day) {
        Clock clock = Clock.fixed(Instant.parse(day + "T02:00:00Z"), ZoneOffset.UTC);
        CommandLine cl = new CommandLine(new RunCommand(FakeStages.factory(), clock, d -> {}));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(folders("--settle", "0", "--init"));
    }

    private int rebuild() {
        CommandLine cl =
                new CommandLine(
                        new RecordCommand.Rebuild(FakeStages.factory(), RunCommandTest.CLOCK));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(folders());
    }

    /**
     * Two nights: three departments, a corrected resubmission (v2), an identical copy and an
     * unreadable file.
     */
    private void season() throws IOException {
        FakeStages.workbook(inbox("good.xlsx"), GOOD, "2023", "总分=80");
        FakeStages.workbook(inbox("blocked.xlsx"), BLOCKED, "2023", "errors=2");
        FakeStages.workbook(inbox("broken.xls"), "", "", "unreadable=true");
        FakeStages.workbook(inbox("教育局/基本信息.csv"), "广州市花都区教育局", "2023");
        assertEquals(ExitCodes.FAILED, run("2026-11-26"));
        FakeStages.workbook(inbox("good 更正.xlsx"), GOOD, "2023", "总分=91");
        FakeStages.workbook(
                inbox("blocked.xlsx"), BLOCKED, "2023", "errors=2"); // the same again: a duplicate
        assertEquals(ExitCodes.FAILED, run("2026-11-27"));
    }

    /** What a verdict says, without when it was given (an archived file keeps only its day). */
    private static List<String> verdicts(List<ManifestEntry> entries) {
        return entries.stream()
                .map(
                        e ->
                                String.join(
                                        "|",
                                        e.hash(),
                                        e.department(),
                                        e.year(),
                                        String.valueOf(e.version()),
                                        e.status().name(),
                                        String.valueOf(e.total()),
                                        e.report(),
                                        e.auditReport()))
                .sorted()
                .toList();
    }

    @Test
    void aDeletedRecordAndItsSummaryComeBackFromTheFiledSubmissions() throws IOException {
        season();
        Path out = root.resolve("output");
        List<ManifestEntry> before = Manifest.read(out);
        assertEquals(5, before.size(), before.toString());
        String summaryBefore =
                Files.readString(
                        out.resolve("2023").resolve(SummaryWriter.CSV_NAME),
                        StandardCharsets.UTF_8);

        Files.delete(out.resolve(Manifest.FILE_NAME));
        Files.delete(out.resolve("2023").resolve(SummaryWriter.CSV_NAME));

        assertEquals(ExitCodes.OK, rebuild(), err.toString());

        assertEquals(verdicts(before), verdicts(Manifest.read(out)));
        assertTrue(err.toString().contains("已重建处理记录"), err.toString());
        String summaryAfter =
                Files.readString(
                        out.resolve("2023").resolve(SummaryWriter.CSV_NAME),
                        StandardCharsets.UTF_8);
        assertEquals(summaryBefore.lines().count(), summaryAfter.lines().count(), summaryAfter);
        for (String department : List.of(GOOD, BLOCKED, "广州市花都区教育局")) {
            assertTrue(summaryAfter.contains(department), summaryAfter);
        }
        assertTrue(
                summaryAfter.contains("91"),
                "the corrected version is the department's latest: " + summaryAfter);
        assertTrue(
                Files.readString(out.resolve(Manifest.EXPORT_FILE), StandardCharsets.UTF_8)
                        .contains("good 更正.xlsx"));
    }

    @Test
    void aTruncatedRecordStopsTheRunUntouchedAndIsSetAsideByTheRebuild() throws IOException {
        season();
        Path out = root.resolve("output");
        List<ManifestEntry> before = Manifest.read(out);
        Path db = out.resolve(Manifest.FILE_NAME);
        long size = Files.size(db);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(size / 2);
        }
        Path waiting = FakeStages.workbook(inbox("new.xlsx"), "广州市花都区民政局", "2023");
        err.getBuffer().setLength(0);

        assertEquals(ExitCodes.USAGE, run("2026-11-28"));

        String console = err.toString();
        List<String> told = console.lines().filter(l -> l.contains("已损坏")).toList();
        assertEquals(1, told.size(), console);
        assertTrue(
                told.get(0).contains(db.toString())
                        && told.get(0).contains("selfeval record rebuild"),
                console);
        assertFalse(console.contains("Exception") || console.contains("\tat "), console);
        assertTrue(Files.exists(waiting), "the inbox is not touched");
        assertFalse(Files.exists(root.resolve("archive/2026-11-28")));
        assertEquals(size / 2, Files.size(db));

        CommandLine status = new CommandLine(new StatusCommand());
        StringWriter statusErr = new StringWriter();
        status.setErr(new PrintWriter(statusErr, true));
        status.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(
                ExitCodes.USAGE,
                status.execute(
                        "--inbox", root.resolve("inbox").toString(), "--out", out.toString()));
        assertTrue(statusErr.toString().contains("已损坏"), statusErr.toString());

        assertEquals(ExitCodes.OK, rebuild(), err.toString());
        assertEquals(verdicts(before), verdicts(Manifest.read(out)));
        try (var kept = Files.list(out)) {
            assertEquals(
                    1,
                    kept.filter(
                                    p ->
                                            p.getFileName()
                                                    .toString()
                                                    .startsWith(Manifest.FILE_NAME + ".重建前-"))
                            .count());
        }
        assertEquals(ExitCodes.OK, run("2026-11-28"), err.toString());
        assertEquals(before.size() + 1, Manifest.read(out).size());
    }

    /** The repair command a refusal tells, as the words after "请运行 ". */
    private static String repairCommand(String console) {
        String line = console.lines().filter(l -> l.contains("已损坏")).findFirst().orElseThrow();
        int from = line.indexOf("请运行 ") + "请运行 ".length();
        return line.substring(from, line.indexOf(" 从输出、归档和失败文件夹重建", from));
    }

    /**
     * The repair command told by status (asked with --out alone, as from another folder) and by run
     * names all four folders the run used, absolute: pasted as it is, it rebuilds the record
     * whatever the working folder. A rebuild given a folder that does not exist changes nothing.
     */
    @Test
    void theRepairCommandToldByStatusAndRunCarriesTheRunsFoldersAndWorksAsPasted()
            throws IOException {
        season();
        Path out = root.resolve("output");
        List<ManifestEntry> before = Manifest.read(out);
        Path db = out.resolve(Manifest.FILE_NAME);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(Files.size(db) / 2);
        }
        String expected =
                "selfeval record rebuild --inbox "
                        + root.resolve("inbox")
                        + " --out "
                        + out
                        + " --archive "
                        + root.resolve("archive")
                        + " --failed "
                        + root.resolve("failed");

        CommandLine status = new CommandLine(new StatusCommand());
        StringWriter statusErr = new StringWriter();
        status.setErr(new PrintWriter(statusErr, true));
        status.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(ExitCodes.USAGE, status.execute("--out", out.toString()));
        assertEquals(expected, repairCommand(statusErr.toString()), statusErr.toString());

        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.USAGE, run("2026-11-28"));
        assertEquals(expected, repairCommand(err.toString()), err.toString());

        // a mistyped folder: refused before anything is set aside
        CommandLine mistyped =
                new CommandLine(
                        new RecordCommand.Rebuild(FakeStages.factory(), RunCommandTest.CLOCK));
        StringWriter mistypedErr = new StringWriter();
        mistyped.setErr(new PrintWriter(mistypedErr, true));
        assertEquals(
                ExitCodes.USAGE,
                mistyped.execute(
                        "--inbox",
                        root.resolve("inbox").toString(),
                        "--out",
                        out.toString(),
                        "--archive",
                        root.resolve("archiv").toString(),
                        "--failed",
                        root.resolve("failed").toString()),
                mistypedErr.toString());
        assertTrue(
                mistypedErr.toString().contains("归档文件夹 " + root.resolve("archiv") + " 不存在"),
                mistypedErr.toString());
        try (var kept = Files.list(out)) {
            assertEquals(0, kept.filter(p -> p.getFileName().toString().contains(".重建前-")).count());
        }

        // pasted as told (the test's working folder is not the season's)
        List<String> words = List.of(expected.split(" "));
        assertEquals(List.of("selfeval", "record", "rebuild"), words.subList(0, 3));
        CommandLine pasted =
                new CommandLine(
                        new RecordCommand.Rebuild(FakeStages.factory(), RunCommandTest.CLOCK));
        pasted.setErr(new PrintWriter(err, true));
        assertEquals(
                ExitCodes.OK,
                pasted.execute(words.subList(3, words.size()).toArray(String[]::new)),
                err.toString());
        assertEquals(verdicts(before), verdicts(Manifest.read(out)));
    }

    @Test
    void aRunThatLostItsRecordNeverReplacesAPublishedReport() throws IOException {
        FakeStages.workbook(inbox("good.xlsx"), GOOD, "2023", "总分=80");
        assertEquals(ExitCodes.OK, run("2026-11-26"));
        Path folder = root.resolve("output/2023").resolve(GOOD);
        Path v1 = folder.resolve("2023年度" + GOOD + "部门整体支出绩效自评报告.docx");
        byte[] published = Files.readAllBytes(v1);
        Files.delete(root.resolve("output").resolve(Manifest.FILE_NAME));

        FakeStages.workbook(inbox("good 更正.xlsx"), GOOD, "2023", "总分=91");
        assertEquals(ExitCodes.OK, run("2026-11-27"), err.toString());

        assertArrayEquals(published, Files.readAllBytes(v1), "v1 stands");
        Path v2 = folder.resolve("2023年度" + GOOD + "部门整体支出绩效自评报告-v2.docx");
        assertTrue(new String(Files.readAllBytes(v2), StandardCharsets.UTF_8).contains("91"));
        ManifestEntry recorded = Manifest.read(root.resolve("output")).get(0);
        assertEquals(2, recorded.version(), "the record learns the version it took");
        assertEquals("2023/" + GOOD + "/" + v2.getFileName(), recorded.report());
    }
}
