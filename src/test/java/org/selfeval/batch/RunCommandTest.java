package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.RunCommand;
import org.selfeval.publish.Manifest;
import picocli.CommandLine;

class RunCommandTest {

    static final String DAY = "2026-11-27";
    static final String GOOD = "广州市花都区市场监督管理局";
    static final Clock CLOCK = Clock.fixed(Instant.parse(DAY + "T02:00:00Z"), ZoneOffset.UTC);

    @TempDir Path root;

    private final StringWriter err = new StringWriter();

    private int run(Settler.Sleeper sleeper, String... extra) {
        return run(root, err, sleeper, extra);
    }

    /**
     * {@code run} with fake stages over the four folders under {@code root}; the console goes to
     * {@code err}.
     */
    static int run(Path root, StringWriter err, Settler.Sleeper sleeper, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "--inbox",
                                root.resolve("inbox").toString(),
                                "--out",
                                root.resolve("output").toString(),
                                "--archive",
                                root.resolve("archive").toString(),
                                "--failed",
                                root.resolve("failed").toString()));
        if (!List.of(extra).contains("--settle")) args.addAll(List.of("--settle", "0"));
        args.addAll(List.of(extra));
        CommandLine cl = new CommandLine(new RunCommand(FakeStages.factory(), CLOCK, sleeper));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args.toArray(String[]::new));
    }

    private int run(String... extra) {
        return run(d -> {}, extra);
    }

    private Path inbox(String name) {
        return root.resolve("inbox").resolve(name);
    }

    private Path out(String relative) {
        return root.resolve("output").resolve(relative);
    }

    private void dropMixed() throws IOException {
        FakeStages.workbook(inbox("good.xlsx"), GOOD, "2023", "warnings=1");
        FakeStages.workbook(inbox("blocked.xlsx"), "广州市花都区财政局", "2023", "errors=3");
        FakeStages.workbook(inbox("broken.xls"), "", "", "unreadable=true");
        FakeStages.workbook(inbox("split/基本信息.csv"), "广州市花都区教育局", "2023");
        Files.writeString(inbox("split/绩效指标.csv"), "总分=88.5\n", StandardCharsets.UTF_8);
        Files.writeString(inbox("~$good.xlsx"), "owner lock", StandardCharsets.UTF_8);
        Files.writeString(inbox(".~lock.good.xlsx#"), "lock", StandardCharsets.UTF_8);
        Files.writeString(inbox("notes.txt"), "not a submission", StandardCharsets.UTF_8);
        Files.createDirectories(inbox("being copied"));
    }

    @Test
    void mixedSubmissionsLandInTheRightFolders() throws IOException {
        dropMixed();

        assertEquals(ExitCodes.FAILED, run());

        String report = "2023/" + GOOD + "/2023年度" + GOOD + "部门整体支出绩效自评报告.docx";
        assertEquals("REPORT 2023 " + GOOD + " 94.98", Files.readString(out(report)));
        assertTrue(Files.exists(out("2023/" + GOOD + "/2023年度" + GOOD + "部门整体支出绩效自评校验报告.docx")));
        assertTrue(Files.exists(out("2023/广州市花都区教育局/2023年度广州市花都区教育局部门整体支出绩效自评报告.docx")));
        Path blockedDir = out("2023/广州市花都区财政局");
        assertEquals(List.of("2023年度广州市花都区财政局部门整体支出绩效自评校验报告.docx"), names(blockedDir));

        Path archive = root.resolve("archive").resolve(DAY);
        Path failed = root.resolve("failed").resolve(DAY);
        assertEquals(List.of("good.xlsx", "split"), names(archive));
        assertEquals(
                List.of(
                        "blocked.xlsx",
                        "blocked.xlsx.原因.txt",
                        "blocked.xlsx.校验报告.docx",
                        "broken.xls",
                        "broken.xls.原因.txt",
                        "broken.xls.校验报告.docx",
                        "notes.txt",
                        "notes.txt.原因.txt"),
                names(failed));
        assertTrue(Files.readString(failed.resolve("notes.txt.原因.txt")).contains("是文档，不是填报用的工作簿"));
        String reason =
                Files.readString(failed.resolve("blocked.xlsx.原因.txt"), StandardCharsets.UTF_8);
        assertTrue(reason.contains("存在“错误”级别的问题，未生成报告"), reason);
        assertTrue(reason.contains("blocked.xlsx 收入决算!C5：合计：合计与明细之和不符"), reason);
        assertEquals(3, reason.lines().filter(l -> l.contains("[错误]")).count());
        assertTrue(
                Files.readString(failed.resolve("broken.xls.原因.txt")).contains("不是有效的 Excel 工作簿"));

        // Office's lock files, our own and an empty folder stay where they were; nothing else is
        // left in the inbox
        assertEquals(
                List.of(".selfeval.lock", ".~lock.good.xlsx#", "being copied", "~$good.xlsx"),
                names(root.resolve("inbox")));

        String console = err.toString();
        assertTrue(console.contains("[3/4] " + GOOD + " 2023 94.98 优 报告已生成（1 项警告）"), console);
        assertTrue(console.contains("[1/4] 广州市花都区财政局 2023 存在错误，未生成报告（3 项错误）"), console);
        assertTrue(console.contains("[4/4] 广州市花都区教育局 2023 88.5 良 报告已生成"), console);
        assertTrue(console.contains("[2/4] broken.xls 无法读取（1 项错误）"), console);
        assertTrue(console.contains("notes.txt 格式不支持：不是可处理的自评表（.txt），移入失败文件夹"), console);
        assertTrue(
                console.contains(
                        "完成：共处理 5 份，报告已生成 2 份，存在错误 1 份，无法读取 1 份，格式不支持或无法处理 1 份（已移入失败文件夹）。"),
                console);
        assertFalse(console.contains("Exception"), console);

        String log = Files.readString(out("logs/selfeval-" + DAY + ".log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("[R-SUM]") || log.contains("[错误] R-SUM"), log);
    }

    @Test
    void rerunWithIdenticalFilesConvertsNothing() throws IOException {
        dropMixed();
        run();
        Map<String, byte[]> before = tree(root.resolve("output"), p -> !p.startsWith("logs"));
        long entries = Manifest.read(root.resolve("output")).size();

        FakeStages.workbook(inbox("good copy.xlsx"), GOOD, "2023", "warnings=1");
        FakeStages.workbook(inbox("blocked.xlsx"), "广州市花都区财政局", "2023", "errors=3");

        assertEquals(ExitCodes.FAILED, run()); // the blocked copy is still a failure
        assertEquals(entries, Manifest.read(root.resolve("output")).size());
        assertEquals(keys(before), keys(tree(root.resolve("output"), p -> !p.startsWith("logs"))));
        for (String k : List.of("2023/" + GOOD + "/2023年度" + GOOD + "部门整体支出绩效自评报告.docx")) {
            assertArrayEquals(before.get(k), Files.readAllBytes(out(k)));
        }
        Path archive = root.resolve("archive").resolve(DAY);
        assertTrue(Files.exists(archive.resolve("good copy.xlsx")));
        String note =
                Files.readString(archive.resolve("good copy.xlsx.说明.txt"), StandardCharsets.UTF_8);
        assertTrue(note.contains("完全相同，未重新转换"), note);
        Path failed = root.resolve("failed").resolve(DAY);
        assertTrue(Files.exists(failed.resolve("blocked-2.xlsx")), names(failed).toString());
        assertTrue(Files.exists(failed.resolve("blocked-2.xlsx.原因.txt")));
        assertTrue(
                Files.exists(failed.resolve("blocked.xlsx")), "the first one is never overwritten");
        assertTrue(err.toString().contains("内容与已处理的提交相同，未重新转换"));
    }

    @Test
    void changedFileGivesNewVersionAndKeepsOld() throws IOException {
        FakeStages.workbook(inbox("good.xlsx"), GOOD, "2023", "总分=91.00");
        assertEquals(ExitCodes.OK, run());
        FakeStages.workbook(inbox("good.xlsx"), GOOD, "2023", "总分=95.50");
        assertEquals(ExitCodes.OK, run());

        Path dir = out("2023/" + GOOD);
        String v1 = "2023年度" + GOOD + "部门整体支出绩效自评报告.docx";
        String v2 = "2023年度" + GOOD + "部门整体支出绩效自评报告-v2.docx";
        assertEquals("REPORT 2023 " + GOOD + " 91.00", Files.readString(dir.resolve(v1)));
        assertEquals("REPORT 2023 " + GOOD + " 95.50", Files.readString(dir.resolve(v2)));
        assertTrue(Files.exists(dir.resolve("2023年度" + GOOD + "部门整体支出绩效自评校验报告-v2.docx")));
        assertEquals(
                List.of("good-2.xlsx", "good.xlsx"), names(root.resolve("archive").resolve(DAY)));
    }

    @Test
    void fileStillBeingCopiedIsSkippedThenPickedUp() throws IOException {
        Path growing = FakeStages.workbook(inbox("growing.xlsx"), GOOD, "2023");
        FakeStages.workbook(inbox("still.xlsx"), "广州市花都区教育局", "2023");
        // the "copy" goes on while the run waits out the settle interval
        Settler.Sleeper copying =
                d -> {
                    try {
                        Files.writeString(
                                growing,
                                "备注=still copying\n",
                                StandardCharsets.UTF_8,
                                java.nio.file.StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                };

        assertEquals(ExitCodes.OK, run(copying, "--settle", "5"));
        assertTrue(Files.exists(growing), "left in the inbox");
        assertFalse(Files.exists(inbox("still.xlsx")));
        assertTrue(err.toString().contains("1 份仍在复制中，留待下一轮"), err.toString());

        assertEquals(ExitCodes.OK, run(d -> {}, "--settle", "5"));
        assertFalse(Files.exists(growing));
        assertTrue(Files.exists(out("2023/" + GOOD + "/2023年度" + GOOD + "部门整体支出绩效自评报告.docx")));
    }

    /**
     * 汇总 and 处理记录.csv are rebuilt from the record: one that cannot be replaced (open in Excel on a
     * share, a folder in its place) is told in one line with what to do, the verdicts stand, and
     * the next run writes it.
     */
    @Test
    void aSummaryThatCannotBeReplacedIsToldAndWrittenByTheNextRun() throws IOException {
        FakeStages.workbook(inbox("good.xlsx"), GOOD, "2023");
        assertEquals(ExitCodes.OK, run());
        Path export = out(org.selfeval.publish.Manifest.EXPORT_FILE);
        Files.delete(export);
        Files.writeString(
                Files.createDirectories(export).resolve("占位.txt"), "x", StandardCharsets.UTF_8);
        FakeStages.workbook(inbox("edu.xlsx"), "广州市花都区教育局", "2023");
        err.getBuffer().setLength(0);

        assertEquals(ExitCodes.INTERNAL, run());

        String console = err.toString();
        List<String> told = console.lines().filter(l -> l.contains("未能重写：")).toList();
        assertEquals(1, told.size(), console);
        assertTrue(told.get(0).contains("目标位置已被同名的文件夹或文件占用（" + export + "）"), told.get(0));
        assertFalse(console.contains("\tat ") || console.contains("Exception"), console);
        assertTrue(console.contains("汇总表未能重写（见上文）"), console);
        assertFalse(Files.exists(inbox("edu.xlsx")), "filed: its verdict stands");
        assertEquals(2, org.selfeval.publish.Manifest.read(out("")).size());

        Files.delete(export.resolve("占位.txt"));
        Files.delete(export);
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run(), err.toString());
        assertTrue(Files.readString(export, StandardCharsets.UTF_8).contains("edu.xlsx"));
    }

    @Test
    void secondConcurrentRunIsRefused() throws IOException {
        FakeStages.workbook(inbox("good.xlsx"), GOOD, "2023");
        Files.createDirectories(root.resolve("output"));
        Optional<RunLock> held = RunLock.tryAcquire(root.resolve("output"));
        assertTrue(held.isPresent());
        try (RunLock lock = held.get()) {
            assertEquals(ExitCodes.LOCKED, run());
            assertTrue(err.toString().contains("另一个 selfeval run 正在处理输出文件夹"), err.toString());
            assertTrue(Files.exists(inbox("good.xlsx")), "nothing processed");
        }
        assertEquals(ExitCodes.OK, run());
    }

    @Test
    void internalErrorLeavesSubmissionInInbox() throws IOException {
        FakeStages.workbook(inbox("bug.xlsx"), GOOD, "2023", "crash=1");
        FakeStages.workbook(inbox("good.xlsx"), "广州市花都区教育局", "2023");

        assertEquals(ExitCodes.INTERNAL, run());
        assertTrue(Files.exists(inbox("bug.xlsx")));
        assertFalse(Files.exists(inbox("good.xlsx")));
        assertTrue(err.toString().contains("程序内部错误"), err.toString());
        String log = Files.readString(out("logs/selfeval-" + DAY + ".log"), StandardCharsets.UTF_8);
        assertTrue(
                log.contains("java.lang.IllegalStateException: fake bug"),
                "the stack trace is in the log");
    }

    @Test
    void threadsDoNotChangeTheOutputs() throws IOException {
        Map<String, byte[]> one = outputsWithThreads("one", "1");
        Map<String, byte[]> two = outputsWithThreads("two", "2");
        assertEquals(keys(one), keys(two));
        one.forEach((k, v) -> assertArrayEquals(v, two.get(k), k));
        assertTrue(
                one.keySet().stream().filter(k -> k.endsWith(".docx")).count() >= 10,
                keys(one).toString());
    }

    private Map<String, byte[]> outputsWithThreads(String name, String threads) throws IOException {
        Path base = root.resolve(name);
        for (int i = 0; i < 8; i++) {
            FakeStages.workbook(
                    base.resolve("inbox/dept" + i + ".xlsx"),
                    "部门" + (i % 5),
                    "2023",
                    "总分=" + (80 + i) + ".25",
                    i == 3 ? "errors=2" : "warnings=" + i);
        }
        CommandLine cl = new CommandLine(new RunCommand(FakeStages.factory(), CLOCK, d -> {}));
        cl.setErr(new PrintWriter(err, true));
        cl.execute(
                "--inbox",
                base.resolve("inbox").toString(),
                "--out",
                base.resolve("output").toString(),
                "--archive",
                base.resolve("archive").toString(),
                "--failed",
                base.resolve("failed").toString(),
                "--settle",
                "0",
                "--threads",
                threads);
        // the xlsx container carries zip time stamps; its cells are compared in the summary test.
        // The record's database pages depend on its history (pending rows come and go); its export
        // 处理记录.csv is compared
        return tree(
                base.resolve("output"),
                p ->
                        !p.startsWith("logs")
                                && !p.endsWith(".xlsx")
                                && !p.endsWith(".lock")
                                && !p.startsWith(Manifest.FILE_NAME));
    }

    @Test
    void outputFolderThatIsAFileGivesAClearMessage() throws IOException {
        Files.createDirectories(root.resolve("inbox"));
        Files.writeString(root.resolve("output"), "a file, not a folder");
        assertEquals(ExitCodes.USAGE, run());
        assertTrue(err.toString().contains("输出文件夹"), err.toString());
        assertTrue(err.toString().contains("不是文件夹"), err.toString());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, run("--threads", "0"));
        assertEquals(ExitCodes.USAGE, run("--daily-at", "25:99"));
        assertEquals(ExitCodes.USAGE, run("--once", "--watch"));
    }

    @Test
    void summaryListsEachDepartmentOnceWithLatestFigures() throws IOException {
        FakeStages.workbook(inbox("a.xlsx"), GOOD, "2023", "总分=91.004", "履职效能=45.5", "管理效率=45.504");
        FakeStages.workbook(inbox("evil.xlsx"), "=HYPERLINK(\"http://x\",\"点我\")", "2023", "总分=70");
        FakeStages.workbook(inbox("blocked.xlsx"), "广州市花都区财政局", "2023", "errors=2");
        run();
        FakeStages.workbook(
                inbox("a.xlsx"),
                GOOD,
                "2023",
                "总分=94.985",
                "履职效能=47.48",
                "管理效率=47.505",
                "支出率=99.7519",
                "warnings=2");
        run();

        List<String> lines = Files.readAllLines(out("2023/汇总.csv"), StandardCharsets.UTF_8);
        assertTrue(
                lines.get(0)
                        .startsWith(
                                "\uFEFF部门名称,年度,预算编码,状态,备注,最近报送,版本,错误数,警告数,总分（满分100）,等级,"
                                        + "自报总分（未复核）,上年总分,上年等级,总分变化,履职效能（满分50）,管理效率（满分50）,部门预算资金支出率（%）,报告,校验报告"),
                lines.get(0));
        assertEquals(4, lines.size(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.startsWith(GOOD)).count());
        String good = lines.stream().filter(l -> l.startsWith(GOOD)).findFirst().orElseThrow();
        assertTrue(
                good.startsWith(
                        GOOD
                                + ",2023,,报告已生成,,2026-11-27 02:00:00,v2,0,2,94.99,优,,,,,47.48,47.51,99.75%,"
                                + GOOD
                                + "/2023年度"
                                + GOOD
                                + "部门整体支出绩效自评报告-v2.docx,"),
                good);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"'=HYPERLINK(")), lines.toString());
        // a blocked submission has no total and no grade: its scores were never confirmed; it needs
        // action, so first
        assertTrue(
                lines.get(1)
                        .startsWith(
                                "广州市花都区财政局,2023,,存在错误,首个错误：收入决算!C5：合计与明细之和不符；请把合计改为各明细之和。,"
                                        + "2026-11-27 02:00:00,v1,2,0,,,94.98,,,,,,,,"
                                        + "广州市花都区财政局/2023年度广州市花都区财政局部门整体支出绩效自评校验报告.docx"),
                lines.toString());

        try (InputStream in = Files.newInputStream(out("2023/汇总.xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("汇总");
            assertEquals(3, sheet.getLastRowNum());
            boolean sawEvil = false;
            for (Row row : sheet) {
                if (row.getRowNum() == 0) continue;
                String dept = row.getCell(0).getStringCellValue();
                assertFalse(dept.startsWith("="), dept);
                if (dept.startsWith("'=")) sawEvil = true;
                if (dept.equals(GOOD)) {
                    // stored rounded as shown
                    assertEquals(94.99, row.getCell(9).getNumericCellValue(), 0);
                    assertEquals(0.9975, row.getCell(17).getNumericCellValue(), 0);
                    assertEquals(2, (int) row.getCell(8).getNumericCellValue());
                }
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    assertFalse(c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA);
                }
            }
            assertTrue(sawEvil);
        }
    }

    @Test
    void crashBeforeTheManifestWasWrittenIsCompletedWithoutANewVersion() throws IOException {
        FakeStages.workbook(inbox("good.xlsx"), GOOD, "2023");
        run();
        // as if the run died after writing the outputs: no manifest, the input still in the inbox
        Files.delete(out(Manifest.FILE_NAME));
        Files.move(root.resolve("archive").resolve(DAY).resolve("good.xlsx"), inbox("good.xlsx"));

        assertEquals(ExitCodes.OK, run());
        assertEquals(
                List.of(
                        "2023年度" + GOOD + "部门整体支出绩效自评报告.docx",
                        "2023年度" + GOOD + "部门整体支出绩效自评校验报告.docx"),
                names(out("2023/" + GOOD)));
        assertEquals(1, Manifest.read(root.resolve("output")).size());
    }

    @Test
    void crashBeforeTheMoveIsCompletedByFilingTheInput() throws IOException {
        FakeStages.workbook(inbox("good.xlsx"), GOOD, "2023");
        run();
        // as if the run died after updating the manifest, before moving the input
        Files.move(root.resolve("archive").resolve(DAY).resolve("good.xlsx"), inbox("good.xlsx"));

        assertEquals(ExitCodes.OK, run());
        assertFalse(Files.exists(inbox("good.xlsx")));
        assertEquals(2, names(out("2023/" + GOOD)).size(), "no new version");
    }

    @Test
    void watchKeepsPollingUntilStopped() throws Exception {
        StopSignal stop = new StopSignal();
        CommandLine cl =
                new CommandLine(new RunCommand(FakeStages.factory(), CLOCK, d -> {}, stop));
        cl.setErr(new PrintWriter(err, true));
        FakeStages.workbook(inbox("first.xlsx"), GOOD, "2023");
        int[] exit = {-1};
        Thread watcher =
                new Thread(
                        () ->
                                exit[0] =
                                        cl.execute(
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
                                                "--watch",
                                                "--interval",
                                                "1"));
        watcher.start();
        Path archived = root.resolve("archive").resolve(DAY);
        awaitFile(archived.resolve("first.xlsx"));
        FakeStages.workbook(inbox("second.xlsx"), "广州市花都区教育局", "2023");
        awaitFile(archived.resolve("second.xlsx"));
        stop.requestStop();
        watcher.join(30_000);
        assertFalse(watcher.isAlive());
        assertEquals(ExitCodes.OK, exit[0]);
        assertTrue(err.toString().contains("收到停止信号"), err.toString());
        // the time of the next round, at the start (now) and after every round (an interval later)
        assertTrue(
                err.toString().contains("\n收件文件夹：" + root.resolve("inbox").toAbsolutePath()),
                err.toString());
        assertTrue(err.toString().contains("下一轮：2026-11-27 02:00:00"), err.toString());
        assertTrue(err.toString().contains("下一轮：2026-11-27 02:00:01"), err.toString());
    }

    private static void awaitFile(Path file) throws InterruptedException {
        for (int i = 0; i < 300 && !Files.exists(file); i++) Thread.sleep(100);
        assertTrue(Files.exists(file), file + " never appeared");
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Map<String, byte[]> tree(Path dir, java.util.function.Predicate<String> keep)
            throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (keep.test(rel)) files.put(rel, Files.readAllBytes(p));
            }
        }
        return files;
    }

    static List<String> keys(Map<String, byte[]> m) {
        return List.copyOf(m.keySet());
    }
}
