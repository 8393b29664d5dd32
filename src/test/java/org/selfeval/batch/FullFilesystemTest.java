package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;

/**
 * A full disk under failed/ (a 256 KiB tmpfs, filled up) and an unwritable failed/&lt;day&gt; (a
 * file standing where the day's folder must go): the blocked submission stays in the inbox with no
 * verdict and no reason pointing at a 校验报告 that was never written; the console says why in one
 * Chinese line; once the obstacle is gone the next run files it with its reason and audit report,
 * as new — not as a duplicate.
 */
class FullFilesystemTest {

    @TempDir Path root;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null)
            new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor();
    }

    /** failed/ on a small tmpfs, or false where this machine does not allow mounting. */
    private boolean smallFilesystemAt(Path folder) throws Exception {
        Files.createDirectories(folder);
        Process p =
                new ProcessBuilder(
                                "mount",
                                "-t",
                                "tmpfs",
                                "-o",
                                "size=256k",
                                "tmpfs",
                                folder.toString())
                        .redirectErrorStream(true)
                        .start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) return false;
        mounted = folder;
        return true;
    }

    private static Path fill(Path folder) throws IOException {
        Path filler = folder.resolve("filler.bin");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) out.write(block);
        } catch (IOException full) {
            return filler;
        }
    }

    @Test
    void aFullDiskOrAnUnwritableFailedFolderLeavesTheSubmissionForTheNextRun() throws Exception {
        Path failed = root.resolve("failed");
        Path day = failed.resolve(RunCommandTest.DAY);
        boolean tmpfs = smallFilesystemAt(failed);
        Path obstacle =
                tmpfs
                        ? fill(failed)
                        : Files.writeString(day, "a file where the day's folder must go");
        Path blocked =
                FakeStages.workbook(
                        root.resolve("inbox/财政局.xlsx"), "广州市花都区财政局", "2023", "errors=2");
        FakeStages.workbook(root.resolve("inbox/good.xlsx"), RunCommandTest.GOOD, "2023");
        StringWriter err = new StringWriter();

        assertEquals(ExitCodes.INTERNAL, RunCommandTest.run(root, err, d -> {}, "--init"));

        String console = err.toString();
        String expected = tmpfs ? "磁盘空间已满" : "目标位置已被同名的文件夹或文件占用";
        assertEquals(
                1,
                console.lines()
                        .filter(l -> l.contains("财政局.xlsx 处理失败，已留在收件文件夹") && l.contains(expected))
                        .count(),
                console);
        assertFalse(console.contains("Exception") || console.contains("\tat "), console);
        assertTrue(Files.exists(blocked), "left in the inbox");
        assertEquals(
                List.of(RunCommandTest.GOOD),
                Manifest.read(root.resolve("output")).stream()
                        .map(ManifestEntry::department)
                        .toList(),
                "no verdict for the one that could not be filed");

        Files.delete(obstacle);
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.FAILED, RunCommandTest.run(root, err, d -> {}));

        assertFalse(err.toString().contains("内容与已处理的提交相同"), err.toString());
        assertEquals(
                List.of("财政局.xlsx", "财政局.xlsx.原因.txt", "财政局.xlsx.校验报告.docx"),
                RunCommandTest.names(day));
        assertTrue(
                Files.readString(day.resolve("财政局.xlsx.原因.txt"), StandardCharsets.UTF_8)
                        .contains("存在“错误”级别的问题"));
        assertEquals(2, Manifest.read(root.resolve("output")).size());
    }

    /**
     * The output folder full before the record can be written: the run stops at once with one
     * Chinese line (full disk, the record's path, what to do), touches no input and leaves no
     * half-made database taking the space; freed, the next run converts.
     */
    @Test
    void aFullOutputFolderStopsTheRunBeforeAnyInputIsTouched() throws Exception {
        Path out = root.resolve("output");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                smallFilesystemAt(out), "mounting a small file system is not allowed here");
        Path filler = fill(out);
        Path good =
                FakeStages.workbook(root.resolve("inbox/good.xlsx"), RunCommandTest.GOOD, "2023");
        StringWriter err = new StringWriter();

        assertEquals(
                ExitCodes.INTERNAL,
                RunCommandTest.run(root, err, d -> {}, "--init"),
                err.toString());

        String console = err.toString();
        List<String> told = console.lines().filter(l -> l.contains("磁盘空间已满，无法写入处理记录")).toList();
        assertEquals(1, told.size(), console);
        assertEquals(
                1,
                console.lines().filter(l -> l.startsWith("无法写入日志文件")).count(),
                "the log that cannot be written is told once, not on every line: " + console);
        assertTrue(
                told.get(0).contains(out.resolve(Manifest.FILE_NAME).toString())
                        && told.get(0).contains("请清理磁盘后重新运行"),
                told.get(0));
        assertFalse(console.contains("Exception") || console.contains("\tat "), console);
        assertTrue(Files.exists(good), "the inbox is not touched");
        try (var left = Files.list(out)) {
            assertEquals(
                    List.of(".selfeval.lock", "filler.bin", "logs"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no half-made record left taking the space");
        }

        Files.delete(filler);
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, RunCommandTest.run(root, err, d -> {}), err.toString());
        assertFalse(Files.exists(good));
        assertEquals(1, Manifest.read(out).size());
    }
}
