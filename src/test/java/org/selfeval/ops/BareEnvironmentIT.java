package org.selfeval.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;

/**
 * cron and service managers start jobs without LANG. The launcher must still convert Chinese file
 * names; plain {@code java -jar} must refuse in one Chinese line and touch nothing, so the next
 * proper run converts the file.
 */
class BareEnvironmentIT {

    @TempDir Path dir;

    private Child.Result run(List<String> variables, List<String> command) throws Exception {
        return Child.run(dir, dir.resolve("logs"), variables, command);
    }

    @Test
    void plainJavaRefusesTouchingNothingAndTheLauncherThenConvertsEveryFileOnce() throws Exception {
        List<String> names = Submissions.clean(dir.resolve("inbox"), 2);
        Path first = dir.resolve("inbox").resolve(names.get(0));
        byte[] before = Files.readAllBytes(first);

        Child.Result bare = run(List.of(), Child.plainJava("run", "--settle", "0"));

        assertEquals(2, bare.exit(), bare.toString());
        List<String> lines = bare.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), bare.toString());
        assertTrue(lines.get(0).startsWith("selfeval 未运行：当前环境的语言设置不支持中文文件名"), bare.toString());
        assertTrue(lines.get(0).contains("LANG=C.UTF-8"), bare.toString());
        assertFalse(bare.err().contains("?"), "readable, not ???: " + bare);
        assertEquals(names, Submissions.names(dir.resolve("inbox")));
        assertArrayEquals(before, Files.readAllBytes(first));
        assertFalse(Files.exists(dir.resolve("output")), "nothing written, so nothing remembered");

        Child.Result launched =
                run(Child.launcherVariables(), Child.launcher("run", "--settle", "0"));

        assertEquals(0, launched.exit(), launched.toString());
        assertTrue(launched.err().contains("完成：共处理 2 份，报告已生成 2 份"), launched.toString());
        assertFalse(launched.err().contains("内容与已处理的提交相同"), launched.toString());
        assertEquals(
                names,
                Submissions.names(dir.resolve("archive").resolve(LocalDate.now().toString())));
        List<ManifestEntry> entries = Manifest.read(dir.resolve("output"));
        assertEquals(names, entries.stream().map(ManifestEntry::source).sorted().toList());
        assertTrue(
                entries.stream().allMatch(e -> e.status() == Status.CONVERTED), entries.toString());
        String version =
                run(List.of(), Child.plainJava("--version")).out().strip().replace("selfeval ", "");
        assertTrue(version.matches("\\d+\\.\\d+.*"), version);
        assertTrue(
                entries.stream().allMatch(e -> e.programVersion().equals(version)),
                "each verdict with its version");
        for (ManifestEntry e : entries) {
            assertTrue(Files.isRegularFile(dir.resolve("output").resolve(e.report())), e.report());
            assertTrue(e.report().contains(e.department()), e.report());
        }
    }

    @Test
    void plainJavaWithTheReadmesLangConvertsChineseNames() throws Exception {
        List<String> names = Submissions.clean(dir.resolve("inbox"), 1);

        Child.Result r = run(List.of("LANG=C.UTF-8"), Child.plainJava("run", "--settle", "0"));

        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("报告已生成 1 份"), r.toString());
        assertEquals(
                names,
                Submissions.names(dir.resolve("archive").resolve(LocalDate.now().toString())));
    }

    @Test
    void validateAndConvertIgnoreAConfigurationThatMerelyLiesInTheCurrentFolder() throws Exception {
        Path example = Child.HOME.resolve("input-templates/examples/huadu-amr-2023-corrected.xlsx");
        Path workbook = Files.copy(example, dir.resolve("花都区市场监管局自评表.xlsx"));
        // this file would grade every total 甲 if it were (wrongly) picked up
        Files.writeString(
                dir.resolve("selfeval.properties"), "grade.甲=0\n", StandardCharsets.UTF_8);

        Child.Result validated =
                run(Child.launcherVariables(), Child.launcher("validate", workbook.toString()));
        assertEquals(0, validated.exit(), validated.toString());
        assertTrue(
                validated.err().contains("配置：内置；指标体系：广州市区级部门整体支出绩效评价指标体系"), validated.toString());
        assertTrue(validated.out().contains("等级：优"), validated.toString());

        Child.Result converted =
                run(
                        Child.launcherVariables(),
                        Child.launcher(
                                "convert", workbook.getFileName().toString(), "--out", "报告"));
        assertEquals(0, converted.exit(), converted.toString());
        assertTrue(
                converted.err().contains("配置：内置；指标体系：广州市区级部门整体支出绩效评价指标体系"), converted.toString());
        assertTrue(converted.err().contains("94.98 优 报告已生成"), converted.toString());

        // named explicitly, it applies, and is named with its hash
        Child.Result explicit =
                run(
                        Child.launcherVariables(),
                        Child.launcher(
                                "validate",
                                "--config",
                                "selfeval.properties",
                                workbook.toString()));
        assertTrue(
                explicit.err().matches("(?s).*配置：.*selfeval\\.properties（SHA-256 [0-9a-f]{8}）.*"),
                explicit.toString());
        assertTrue(explicit.out().contains("等级：甲"), explicit.toString());
    }

    @Test
    void aZippedSplitSubmissionIsReadByTheRealReader() throws Exception {
        Path split = Child.HOME.resolve("input-templates/examples/huadu-amr-2023-split");
        Path zip = Files.createDirectories(dir.resolve("inbox")).resolve("花都区市场监管局-分开报送.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
                var files = Files.list(split)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("分开报送/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }

        Child.Result r = run(Child.launcherVariables(), Child.launcher("run", "--settle", "0"));

        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("广州市花都区市场监督管理局 2023 94.98 优 报告已生成"), r.toString());
        assertEquals(
                List.of(zip.getFileName().toString()),
                Submissions.names(dir.resolve("archive").resolve(LocalDate.now().toString())));
    }

    @Test
    void usageErrorsAreShortAndChineseInABareEnvironment() throws Exception {
        Child.Result r = run(Child.launcherVariables(), Child.launcher("run", "--bogus"));
        assertEquals(2, r.exit(), r.toString());
        assertEquals("未知选项 --bogus\n用法：selfeval run [选项]\n用 selfeval run --help 查看全部选项\n", r.err());
    }

    @Test
    void aMissingInboxIsNamedWithItsAbsolutePath() throws IOException, Exception {
        Child.Result r = run(Child.launcherVariables(), Child.launcher("run", "--inbox", "收件箱"));
        assertEquals(2, r.exit(), r.toString());
        assertTrue(
                r.err().contains("收件文件夹 " + dir.toRealPath().resolve("收件箱") + " 不存在")
                        || r.err().contains("收件文件夹 " + dir.resolve("收件箱") + " 不存在"),
                r.toString());
    }
}
