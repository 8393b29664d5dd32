package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ConvertCommand;
import org.selfeval.cli.ExitCodes;
import picocli.CommandLine;

class ConvertCommandTest {

    private static final String DEPT = "广州市花都区市场监督管理局";
    private static final String PREFIX = "2023年度" + DEPT + "部门整体支出绩效自评";

    @TempDir Path root;

    private final StringWriter err = new StringWriter();

    private int convert(String... args) {
        CommandLine cl =
                new CommandLine(
                        new ConvertCommand(FakeStages.factory(), java.time.Clock.systemUTC()));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /**
     * Like input-templates/examples: two workbooks of the same department-year and one split
     * folder.
     */
    private Path examples() throws IOException {
        Path examples = root.resolve("examples");
        FakeStages.workbook(examples.resolve("as-published.xlsx"), DEPT, "2023", "errors=4");
        FakeStages.workbook(examples.resolve("corrected.xlsx"), DEPT, "2023");
        FakeStages.workbook(examples.resolve("split/基本信息.csv"), "广州市花都区教育局", "2023");
        Files.writeString(examples.resolve("split/支出决算.csv"), "总分=85\n", StandardCharsets.UTF_8);
        Files.writeString(examples.resolve("~$corrected.xlsx"), "lock", StandardCharsets.UTF_8);
        return examples;
    }

    @Test
    void convertsAZipOfOneSubmissionAndTellsWhyAnotherCannotBeUnpacked() throws IOException {
        Path zip = root.resolve("教育局.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("基本信息.csv"));
            out.write(("部门名称=广州市花都区教育局\n评价年度=2023\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path broken = Files.write(root.resolve("坏的.zip"), new byte[] {1, 2, 3});
        Path out = root.resolve("out");

        assertEquals(
                ExitCodes.FAILED,
                convert(zip.toString(), broken.toString(), "--out", out.toString()));

        assertTrue(Files.exists(out.resolve("2023/广州市花都区教育局/2023年度广州市花都区教育局部门整体支出绩效自评报告.docx")));
        assertTrue(err.toString().contains("坏的.zip 压缩包无法解开（不是有效的压缩包"), err.toString());
        assertTrue(Files.exists(zip) && Files.exists(broken), "inputs stay where they are");
    }

    @Test
    void convertsFolderOfSubmissionsWithoutMovingInputs() throws IOException {
        Path examples = examples();
        Map<String, byte[]> before = RunCommandTest.tree(examples, p -> true);
        Path out = root.resolve("out");

        assertEquals(ExitCodes.FAILED, convert(examples.toString(), "--out", out.toString()));

        Path dept = out.resolve("2023").resolve(DEPT);
        assertEquals(
                List.of(
                        PREFIX + "报告-corrected.docx",
                        PREFIX + "校验报告-as-published.docx",
                        PREFIX + "校验报告-corrected.docx"),
                RunCommandTest.names(dept));
        assertEquals(
                "REPORT 2023 " + DEPT + " 94.98",
                Files.readString(dept.resolve(PREFIX + "报告-corrected.docx")));
        Path split = out.resolve("2023/广州市花都区教育局");
        assertEquals(
                List.of("2023年度广州市花都区教育局部门整体支出绩效自评报告.docx", "2023年度广州市花都区教育局部门整体支出绩效自评校验报告.docx"),
                RunCommandTest.names(split));

        Map<String, byte[]> after = RunCommandTest.tree(examples, p -> true);
        assertEquals(RunCommandTest.keys(before), RunCommandTest.keys(after));
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));

        String console = err.toString();
        assertTrue(console.contains("[1/3] " + DEPT + " 2023 存在错误，未生成报告（4 项错误）"), console);
        assertTrue(console.contains("[2/3] " + DEPT + " 2023 94.98 优 报告已生成"), console);
        assertTrue(console.contains("完成：共处理 3 份，报告已生成 2 份，存在错误 1 份，无法读取 0 份。"), console);
    }

    @Test
    void singleWorkbookAndSplitFolderAsArguments() throws IOException {
        Path examples = examples();
        Path out = root.resolve("out");
        assertEquals(
                ExitCodes.OK,
                convert(
                        "--out",
                        out.toString(),
                        examples.resolve("corrected.xlsx").toString(),
                        examples.resolve("split").toString()));
        assertTrue(Files.exists(out.resolve("2023").resolve(DEPT).resolve(PREFIX + "报告.docx")));
        assertTrue(Files.exists(out.resolve("2023/广州市花都区教育局/2023年度广州市花都区教育局部门整体支出绩效自评报告.docx")));
        assertTrue(Files.exists(examples.resolve("corrected.xlsx")));
    }

    @Test
    void unknownDepartmentAndYearFallBackToTheFileName() throws IOException {
        Path wb = FakeStages.workbook(root.resolve("无名.xlsx"), "", "", "errors=1");
        Path out = root.resolve("out");
        assertEquals(ExitCodes.FAILED, convert("--out", out.toString(), wb.toString()));
        assertTrue(
                Files.exists(out.resolve("未知年度/无名/无名部门整体支出绩效自评校验报告.docx")),
                RunCommandTest.tree(out, p -> true).keySet().toString());
    }

    @Test
    void outputFolderThatIsAFileGivesAClearMessage() throws IOException {
        Path wb = FakeStages.workbook(root.resolve("a.xlsx"), DEPT, "2023");
        Path out = Files.writeString(root.resolve("out"), "file");
        assertEquals(ExitCodes.USAGE, convert("--out", out.toString(), wb.toString()));
        assertTrue(
                err.toString()
                        .contains("输出文件夹 " + out.toAbsolutePath().normalize() + " 已存在同名文件，不是文件夹"),
                err.toString());
    }

    @Test
    void departmentFolderBlockedByAFileIsReportedPerSubmission() throws IOException {
        Path wb = FakeStages.workbook(root.resolve("a.xlsx"), DEPT, "2023");
        Path out = root.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("2023"), "a file where the year folder should be");
        assertEquals(ExitCodes.INTERNAL, convert("--out", out.toString(), wb.toString()));
        assertTrue(err.toString().contains("的报告无法写入"), err.toString());
    }

    @Test
    void missingPathIsAUsageError() {
        assertEquals(ExitCodes.USAGE, convert(root.resolve("nope.xlsx").toString()));
        assertTrue(err.toString().contains("找不到"), err.toString());
    }

    @Test
    void convertNeverWritesIntoARunsOutputFolder() throws IOException {
        FakeStages.workbook(root.resolve("inbox/good.xlsx"), DEPT, "2023", "总分=80");
        assertEquals(ExitCodes.OK, RunCommandTest.run(root, new StringWriter(), d -> {}, "--init"));
        Path report = root.resolve("output/2023").resolve(DEPT).resolve(PREFIX + "报告.docx");
        byte[] published = Files.readAllBytes(report);
        Path changed = FakeStages.workbook(root.resolve("changed.xlsx"), DEPT, "2023", "总分=99");

        assertEquals(
                ExitCodes.USAGE,
                convert(changed.toString(), "--out", root.resolve("output").toString()));

        assertTrue(err.toString().contains("是 selfeval run 的输出文件夹"), err.toString());
        assertArrayEquals(published, Files.readAllBytes(report));
    }

    @Test
    void convertBesideARunTakesTheRunsOutputLock() throws IOException {
        Path out = Files.createDirectories(root.resolve("output"));
        Path input = FakeStages.workbook(root.resolve("good.xlsx"), DEPT, "2023");
        // a run has just started on this folder: it holds the output lock, its record not yet
        // written
        try (RunLock run = RunLock.tryAcquire(out).orElseThrow()) {
            assertEquals(ExitCodes.LOCKED, convert(input.toString(), "--out", out.toString()));
        }
        assertTrue(err.toString().contains("另一个 selfeval 正在使用输出文件夹"), err.toString());
        assertTrue(Files.notExists(out.resolve("2023")), "nothing written");
        // and the lock is the run's, so a run never starts while a convert writes
        assertEquals(ExitCodes.OK, convert(input.toString(), "--out", out.toString()));
    }
}
