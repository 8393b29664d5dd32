package org.selfeval.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Main;
import org.selfeval.publish.AtomicFiles;

/**
 * --pdf in a child process, since what it does depends on the process's PATH: with LibreOffice, a
 * PDF beside every .docx the run writes; without, one Chinese line and the .docx as usual.
 */
class PdfOptionIT {

    private static final Path CORRECTED =
            Path.of("input-templates", "examples", "huadu-amr-2023-corrected.xlsx")
                    .toAbsolutePath();

    @Test
    void withoutLibreOfficeConvertSaysSoOnceAndWritesTheDocx(@TempDir Path dir) throws Exception {
        Path emptyBin = Files.createDirectories(dir.resolve("bin"));
        Child child =
                child(
                        dir,
                        emptyBin.toString(),
                        "convert",
                        "--pdf",
                        CORRECTED.toString(),
                        "--out",
                        dir.resolve("out").toString());
        assertEquals(0, child.exit(), child.err());
        assertEquals(
                1, child.err().lines().filter(LibreOfficePdf.MISSING::equals).count(), child.err());
        List<Path> files = files(dir.resolve("out"));
        assertEquals(
                2,
                files.stream().filter(p -> p.toString().endsWith(".docx")).count(),
                files.toString());
        assertTrue(files.stream().noneMatch(p -> p.toString().endsWith(".pdf")), files.toString());
    }

    @Test
    void withLibreOfficeRunWritesAPdfBesideEachDocx(@TempDir Path dir) throws Exception {
        String path = System.getenv("PATH");
        if (LibreOfficePdf.locate(path).isEmpty()) {
            if (System.getenv("CI") != null)
                fail("LibreOffice (soffice) 未安装：CI 必须运行 PDF 测试（见 .ci/run）。");
            Assumptions.abort("soffice not installed; --pdf test skipped locally");
        }
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(CORRECTED, inbox.resolve(CORRECTED.getFileName()));
        Child child =
                child(
                        dir,
                        path,
                        "run",
                        "--pdf",
                        "--settle",
                        "0",
                        "--inbox",
                        inbox.toString(),
                        "--out",
                        dir.resolve("output").toString(),
                        "--archive",
                        dir.resolve("archive").toString(),
                        "--failed",
                        dir.resolve("failed").toString());
        assertEquals(0, child.exit(), child.err());
        List<Path> docx =
                files(dir.resolve("output")).stream()
                        .filter(p -> p.toString().endsWith(".docx"))
                        .toList();
        assertEquals(2, docx.size(), "report and audit report");
        for (Path d : docx) {
            Path pdf = d.resolveSibling(d.getFileName().toString().replace(".docx", ".pdf"));
            assertTrue(
                    Files.isRegularFile(pdf),
                    "no PDF beside " + d.getFileName() + "\n" + child.err());
            byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
            assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
        }
        // Once per run: which 公文 faces the PDFs lack here, and what stands in for each.
        List<String> fontLines = child.err().lines().filter(l -> l.contains("PDF 字体：")).toList();
        java.util.Set<String> installed = MissingFonts.installedFamilies();
        List<String> missing =
                MissingFonts.FACES.stream().filter(f -> !installed.contains(f)).toList();
        assertEquals(missing.isEmpty() ? 0 : 1, fontLines.size(), child.err());
        for (String face : missing) {
            assertTrue(
                    fontLines.get(0).matches(".*" + face + " → [^、（]+[、（].*"),
                    face + " and its stand-in: " + fontLines);
        }
        try (Stream<Path> left =
                Files.list(dir.resolve("output").resolve("2023").resolve("广州市花都区市场监督管理局"))) {
            assertTrue(
                    left.noneMatch(
                            p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)),
                    "no temp files left");
        }
    }

    private record Child(int exit, String err) {}

    private static Child child(Path dir, String path, String... args)
            throws IOException, InterruptedException {
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
        command.addAll(List.of(args));
        ProcessBuilder pb =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectOutput(dir.resolve("child.out").toFile())
                        .redirectError(dir.resolve("child.err").toFile());
        pb.environment().put("PATH", path);
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("child did not finish within 300 s");
        }
        return new Child(
                p.exitValue(), Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("logs"))
                    .toList();
        }
    }
}
