package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.ContentHash;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;

/**
 * The manifest holds verdicts on content only: faults of the environment are never stored against a
 * submission.
 */
class ContentVerdictsTest {

    private static final String DAY = RunCommandTest.DAY;
    private static final String GOOD = RunCommandTest.GOOD;

    @TempDir Path root;

    private final StringWriter err = new StringWriter();

    private int run(String... extra) {
        return RunCommandTest.run(root, err, d -> {}, extra);
    }

    private Path inbox(String name) {
        return root.resolve("inbox").resolve(name);
    }

    private List<ManifestEntry> manifest() throws IOException {
        return Manifest.read(root.resolve("output"));
    }

    @Test
    void aFileTakenAwayWhileReadIsSkippedNotCalledDamaged() throws IOException {
        FakeStages.workbook(inbox("撤回的提交.xlsx"), GOOD, "2023", "vanish=true");
        FakeStages.workbook(inbox("正常.xlsx"), "广州市花都区教育局", "2023");

        assertEquals(ExitCodes.OK, run(), err.toString());

        assertTrue(err.toString().contains("撤回的提交.xlsx 在处理期间被移走或改动，跳过"), err.toString());
        assertTrue(err.toString().contains("1 份在处理期间被移走或改动，已跳过"), err.toString());
        assertFalse(
                Files.exists(root.resolve("failed"))
                        && RunCommandTest.names(root.resolve("failed")).contains(DAY)
                        && RunCommandTest.names(root.resolve("failed").resolve(DAY)).stream()
                                .anyMatch(n -> n.startsWith("撤回")));
        assertEquals(List.of("正常.xlsx"), manifest().stream().map(ManifestEntry::source).toList());
    }

    @Test
    void aFileAppendedToAfterItWasReadIsLeftForTheNextRoundNotArchivedAsConverted()
            throws IOException {
        Path growing =
                FakeStages.workbook(inbox("还在保存.xlsx"), GOOD, "2023", "append-after-read=true");

        assertEquals(ExitCodes.OK, run(), err.toString());

        assertTrue(Files.exists(growing), "left in the inbox");
        assertTrue(err.toString().contains("还在保存.xlsx 在处理期间被移走或改动，跳过"), err.toString());
        assertTrue(manifest().isEmpty(), "no verdict on bytes that are no longer there");
        assertEquals(
                List.of(),
                RunCommandTest.names(root.resolve("output/2023").resolve(GOOD)),
                "nothing published from them");
        String log =
                Files.readString(
                        root.resolve("output/logs/selfeval-" + DAY + ".log"),
                        StandardCharsets.UTF_8);
        assertTrue(log.contains("读取后内容有变化"), log);

        String now = ContentHash.of(growing, SubmissionFinder::isIgnored);
        assertEquals(ExitCodes.OK, run(), err.toString());
        assertEquals(
                List.of(now),
                manifest().stream().map(ManifestEntry::hash).toList(),
                "the bytes archived are the bytes judged");
        assertEquals(
                now,
                ContentHash.of(
                        root.resolve("archive").resolve(DAY).resolve("还在保存.xlsx"),
                        SubmissionFinder::isIgnored));
    }

    @Test
    void aFileTakenAwayAfterItWasConvertedIsSkippedNotAnInternalError() throws IOException {
        FakeStages.workbook(inbox("已转换后撤回.xlsx"), GOOD, "2023", "vanish-after-read=true");

        assertEquals(ExitCodes.OK, run(), err.toString());

        assertTrue(err.toString().contains("已转换后撤回.xlsx 在移入归档或失败文件夹前已被移走，跳过"), err.toString());
        assertFalse(err.toString().contains("程序内部错误"), err.toString());
        assertEquals(
                List.of(Status.CONVERTED),
                manifest().stream().map(ManifestEntry::status).toList(),
                "the report written from it stands");
    }

    @Test
    void aNameInAnotherEncodingIsRefusedForItsNameNotJudgedForItsContent() throws Exception {
        // a GBK name (教育 = BD CC D3 FD) on a UTF-8 system, as copied from an old Windows share
        Path good = FakeStages.workbook(inbox("good.xlsx"), GOOD, "2023");
        Process mv =
                new ProcessBuilder(
                                "sh",
                                "-c",
                                "mv good.xlsx \"$(printf '\\275\\314\\323\\375.xlsx')\"")
                        .directory(root.resolve("inbox").toFile())
                        .inheritIO()
                        .start();
        assertEquals(0, mv.waitFor());
        assertFalse(Files.exists(good));

        assertEquals(ExitCodes.FAILED, run(), err.toString());

        assertTrue(err.toString().contains("文件名无法识别（不是 UTF-8 编码），移入失败文件夹"), err.toString());
        List<String> failed = RunCommandTest.names(root.resolve("failed").resolve(DAY));
        assertEquals(2, failed.size(), failed.toString());
        String reason =
                Files.readString(
                        root.resolve("failed")
                                .resolve(DAY)
                                .resolve(
                                        failed.stream()
                                                .filter(n -> n.endsWith(".原因.txt"))
                                                .findFirst()
                                                .orElseThrow()),
                        StandardCharsets.UTF_8);
        assertTrue(reason.contains("文件内容没有被读取，也没有被判定") && reason.contains("请把文件改名"), reason);
        assertTrue(manifest().isEmpty(), "the content is not judged: renamed, it converts");
    }

    @Test
    void anIoErrorLeavesTheSubmissionInTheInboxAndStoresNoVerdict() throws IOException {
        Path shaky = FakeStages.workbook(inbox("网络盘上的提交.xlsx"), GOOD, "2023", "ioerror=true");

        assertEquals(ExitCodes.INTERNAL, run(), err.toString());

        assertTrue(Files.exists(shaky), "left in the inbox for the next run");
        assertTrue(err.toString().contains("不是文件内容的问题"), err.toString());
        assertTrue(manifest().isEmpty(), "no verdict on content");
    }

    @Test
    void anOldUnreadableVerdictUnderAGarbledNameNoLongerBlocksTheGoodFile() throws IOException {
        // what a run in a bare locale left behind before this version: the good file recorded as
        // unreadable under a name with unmappable characters, in a manifest without the
        // programVersion column
        Path good = FakeStages.workbook(inbox("花都区市场监管局.xlsx"), GOOD, "2023");
        String hash = ContentHash.of(good, SubmissionFinder::isIgnored);
        Files.createDirectories(root.resolve("output"));
        Files.writeString(
                root.resolve("output").resolve(Manifest.LEGACY_FILE),
                "hash,source,department,year,version,status,total,grade,performance,management,executionRate,errors,"
                        + "warnings,report,auditReport,processedAt\r\n"
                        + hash
                        + ",\uFFFD\uFFFD\uFFFD.xlsx,,,0,UNREADABLE,,,,,,1,0,,,"
                        + "2026-11-26 02:00:00\r\n",
                StandardCharsets.UTF_8);

        assertEquals(ExitCodes.OK, run(), err.toString());

        assertFalse(err.toString().contains("内容与已处理的提交相同"), err.toString());
        assertTrue(Files.exists(root.resolve("archive").resolve(DAY).resolve("花都区市场监管局.xlsx")));
        List<ManifestEntry> entries = manifest();
        assertEquals(2, entries.size());
        ManifestEntry latest = entries.get(1);
        assertEquals(Status.CONVERTED, latest.status());
        assertEquals("开发版", latest.programVersion());
        assertFalse(
                Files.exists(root.resolve("output").resolve(Manifest.LEGACY_FILE)),
                "imported once");
        assertTrue(
                Files.exists(root.resolve("output").resolve(Manifest.LEGACY_IMPORTED)),
                "kept under a new name");
    }

    @Test
    void anUnreadableVerdictStandsOnlyForTheVersionThatGaveIt() throws IOException {
        Path broken = FakeStages.workbook(inbox("坏文件.xls"), "", "", "unreadable=true");
        String hash = ContentHash.of(broken, SubmissionFinder::isIgnored);
        FakeStages.workbook(inbox("好文件.xlsx"), GOOD, "2023");
        run();
        Path out = root.resolve("output");

        assertTrue(Manifest.load(out, "开发版").verdictFor(hash).isPresent());
        assertTrue(
                Manifest.load(out, "0.2.0").verdictFor(hash).isEmpty(),
                "a newer reader looks again");
        String goodHash =
                Manifest.read(out).stream()
                        .filter(e -> e.status() == Status.CONVERTED)
                        .findFirst()
                        .orElseThrow()
                        .hash();
        assertTrue(Manifest.load(out, "0.2.0").verdictFor(goodHash).isPresent(), "a report stands");
    }

    @Test
    void unsupportedFilesGoToFailedWithWhatToDo() throws IOException {
        String[][] cases = {
            {"教育局自评表.ods", "另存为"}, {"财政局自评表.et", "另存为"}, {"卫健委.numbers", "另存为"},
            {"自评报告初稿.docx", "是文档"}, {"扫描件.pdf", "是文档"}, {"全部材料.rar", "只解开 .zip"},
            {"说明", "不是自评表"}
        };
        for (String[] c : cases) Files.write(createParents(inbox(c[0])), new byte[] {1, 2, 3});

        assertEquals(ExitCodes.FAILED, run(), err.toString());

        Path failed = root.resolve("failed").resolve(DAY);
        for (String[] c : cases) {
            assertTrue(Files.exists(failed.resolve(c[0])), c[0]);
            String reason =
                    Files.readString(failed.resolve(c[0] + ".原因.txt"), StandardCharsets.UTF_8);
            assertTrue(reason.contains("“" + c[0] + "”") && reason.contains(c[1]), reason);
            assertTrue(err.toString().contains(c[0] + " 格式不支持：不是可处理的自评表"), err.toString());
        }
        assertTrue(
                Files.readString(failed.resolve("财政局自评表.et.原因.txt"), StandardCharsets.UTF_8)
                        .contains("请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx），再重新放入收件文件夹"));
        assertTrue(
                manifest().isEmpty(),
                "a format is not a verdict on content: a converted copy is welcome later");
    }

    private static Path createParents(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        return p;
    }

    @Test
    void aMistypedInboxIsAUsageErrorAndInitCreatesTheFolders() throws IOException {
        assertEquals(ExitCodes.USAGE, run());
        assertTrue(
                err.toString().contains("收件文件夹 " + root.resolve("inbox").toAbsolutePath() + " 不存在"),
                err.toString());
        assertTrue(err.toString().contains("--init"), err.toString());
        assertFalse(Files.exists(root.resolve("inbox")));
        assertFalse(Files.exists(root.resolve("output")), "nothing created for a mistyped path");

        assertEquals(ExitCodes.OK, run("--init"), err.toString());
        for (String folder : List.of("inbox", "output", "archive", "failed")) {
            assertTrue(Files.isDirectory(root.resolve(folder)), folder);
            assertTrue(
                    err.toString().contains("已创建文件夹：" + root.resolve(folder).toAbsolutePath()),
                    err.toString());
        }
    }

    @Test
    void anOutputFolderInsideTheInboxIsRefused() throws IOException {
        Files.createDirectories(root.resolve("inbox"));
        picocli.CommandLine cl =
                new picocli.CommandLine(
                        new org.selfeval.cli.RunCommand(
                                FakeStages.factory(), RunCommandTest.CLOCK, d -> {}));
        cl.setErr(new java.io.PrintWriter(err, true));
        assertEquals(
                ExitCodes.USAGE,
                cl.execute(
                        "--inbox",
                        root.resolve("inbox").toString(),
                        "--out",
                        root.resolve("inbox").resolve("output").toString()));
        assertTrue(
                err.toString()
                        .contains(
                                "输出文件夹 "
                                        + root.resolve("inbox").resolve("output").toAbsolutePath()
                                        + " 在收件文件夹"),
                err.toString());
        assertTrue(RunCommandTest.names(root.resolve("inbox")).isEmpty(), "nothing created");
    }

    @Test
    void everyRunNamesItsFoldersAndTheConfigurationInEffect() throws IOException {
        FakeStages.workbook(inbox("正常.xlsx"), GOOD, "2023");
        assertEquals(ExitCodes.OK, run(), err.toString());
        String console = err.toString();
        for (String[] line :
                new String[][] {
                    {"收件文件夹", "inbox"},
                    {"输出文件夹", "output"},
                    {"归档文件夹", "archive"},
                    {"失败文件夹", "failed"}
                }) {
            assertTrue(
                    console.contains(line[0] + "：" + root.resolve(line[1]).toAbsolutePath()),
                    console);
        }
        assertTrue(console.contains("配置：内置；指标体系：广州市区级部门整体支出绩效评价指标体系"), console);

        // the bureau's file next to the inbox applies to run, and is named with a short hash of its
        // bytes
        Path config =
                Files.writeString(
                        root.resolve("selfeval.properties"), "threshold.variance-rate=20\n");
        FakeStages.workbook(inbox("另一份.xlsx"), "广州市花都区教育局", "2023");
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run(), err.toString());
        assertTrue(
                err.toString()
                        .matches(
                                "(?s).*配置："
                                        + java.util.regex.Pattern.quote(
                                                config.toAbsolutePath().toString())
                                        + "（SHA-256 [0-9a-f]{8}）.*"),
                err.toString());
        String log =
                Files.readString(
                        root.resolve("output/logs/selfeval-" + DAY + ".log"),
                        StandardCharsets.UTF_8);
        assertTrue(log.contains("配置：" + config.toAbsolutePath()), log);
    }
}
