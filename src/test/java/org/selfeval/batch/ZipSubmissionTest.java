package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;

/**
 * A .zip in the inbox holding one (split) submission is unpacked safely and converted; anything
 * unsafe is refused.
 */
class ZipSubmissionTest {

    private static final String DAY = RunCommandTest.DAY;
    private static final String GOOD = RunCommandTest.GOOD;

    @TempDir Path root;

    private final StringWriter err = new StringWriter();

    private int run() {
        return RunCommandTest.run(root, err, d -> {});
    }

    private Path zip(String name, Charset names, Map<String, byte[]> entries) throws IOException {
        Path zip = root.resolve("inbox").resolve(name);
        Files.createDirectories(zip.getParent());
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out, names)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String reason(String name) throws IOException {
        return Files.readString(
                root.resolve("failed").resolve(DAY).resolve(name + ".原因.txt"),
                StandardCharsets.UTF_8);
    }

    @Test
    void aZippedSplitSubmissionIsConvertedAndTheZipArchived() throws IOException {
        // as Windows' own "send to compressed folder" writes it: one folder, names in GBK without
        // the UTF-8 flag
        zip(
                "教育局报送.zip",
                Charset.forName("GBK"),
                Map.of(
                        "教育局/基本信息.csv", utf8("部门名称=广州市花都区教育局\n评价年度=2023\n"),
                        "教育局/绩效指标.csv", utf8("总分=88.5\n"),
                        "__MACOSX/._基本信息.csv", utf8("resource fork")));
        long tempsBefore = temps();

        assertEquals(ExitCodes.OK, run(), err.toString());

        assertTrue(Files.exists(root.resolve("archive").resolve(DAY).resolve("教育局报送.zip")));
        assertTrue(
                Files.exists(
                        root.resolve("output/2023/广州市花都区教育局/2023年度广州市花都区教育局部门整体支出绩效自评报告.docx")));
        List<ManifestEntry> entries = Manifest.read(root.resolve("output"));
        assertEquals(1, entries.size());
        assertEquals("教育局报送.zip", entries.get(0).source());
        assertEquals(Status.CONVERTED, entries.get(0).status());
        assertEquals(tempsBefore, temps(), "the unpacked files are removed");

        // the zip is the department's one file: dropped again, it is known as a whole
        Path archived = root.resolve("archive").resolve(DAY).resolve("教育局报送.zip");
        Files.copy(archived, root.resolve("inbox/教育局报送.zip"));
        assertEquals(ExitCodes.OK, run(), err.toString());
        assertTrue(err.toString().contains("内容与已处理的提交相同，未重新转换"), err.toString());
        assertEquals(1, Manifest.read(root.resolve("output")).size());
        assertTrue(
                Files.exists(root.resolve("archive").resolve(DAY).resolve("教育局报送-2.zip.说明.txt")),
                "filed beside the first with its note");
    }

    @Test
    void anEntryLeavingTheFolderIsRefusedAndNothingIsWrittenOutside() throws IOException {
        zip(
                "恶意.zip",
                StandardCharsets.UTF_8,
                Map.of(
                        "基本信息.csv",
                        utf8("部门名称=" + GOOD + "\n评价年度=2023\n"),
                        "../../../逃逸.csv",
                        utf8("x")));

        assertEquals(ExitCodes.FAILED, run(), err.toString());

        assertTrue(reason("恶意.zip").contains("指向压缩包以外的位置"), reason("恶意.zip"));
        assertFalse(anyFileNamed(root.getParent(), 3, "逃逸.csv"));
        assertTrue(Manifest.read(root.resolve("output")).isEmpty());
    }

    @Test
    void aZipBombStopsAtTheLimitInsteadOfFillingTheDisk() throws IOException {
        byte[] zeros =
                new byte[19 * 1024 * 1024]; // each under the per-file limit, together over 50 MB
        zip(
                "炸弹.zip",
                StandardCharsets.UTF_8,
                Map.of("a.csv", zeros, "b.csv", zeros, "c.csv", zeros));
        assertTrue(
                Files.size(root.resolve("inbox").resolve("炸弹.zip")) < 1024 * 1024,
                "a bomb: small packed");

        assertEquals(ExitCodes.FAILED, run(), err.toString());

        assertTrue(reason("炸弹.zip").contains("可能是压缩炸弹"), reason("炸弹.zip"));
        assertTrue(err.toString().contains("炸弹.zip 无法读取：压缩包无法解开"), err.toString());
    }

    @Test
    void aZipOfSeveralSubmissionsOrOfNothingUsableIsRefusedWithWhatToDo() throws IOException {
        zip(
                "两个部门.zip",
                StandardCharsets.UTF_8,
                Map.of("甲/基本信息.csv", utf8("部门名称=甲\n"), "乙/基本信息.csv", utf8("部门名称=乙\n")));
        Files.write(root.resolve("inbox").resolve("坏压缩包.zip"), new byte[] {0x50, 0x4b, 3, 4, 9, 9});

        assertEquals(ExitCodes.FAILED, run(), err.toString());

        assertTrue(reason("两个部门.zip").contains("一个压缩包只能是一份提交"), reason("两个部门.zip"));
        assertTrue(reason("坏压缩包.zip").contains("不是有效的压缩包"), reason("坏压缩包.zip"));
        assertTrue(reason("坏压缩包.zip").contains("请解压后"), reason("坏压缩包.zip"));
    }

    private static long temps() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("selfeval-zip")).count();
        }
    }

    /**
     * Looks for a file in the shared temp folder; other processes' folders may vanish or be closed
     * meanwhile.
     */
    private static boolean anyFileNamed(Path top, int depth, String name) throws IOException {
        boolean[] found = {false};
        Files.walkFileTree(
                top,
                java.util.Set.of(),
                depth,
                new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult visitFile(
                            Path file, java.nio.file.attribute.BasicFileAttributes a) {
                        if (file.getFileName().toString().equals(name)) found[0] = true;
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
        return found[0];
    }
}
