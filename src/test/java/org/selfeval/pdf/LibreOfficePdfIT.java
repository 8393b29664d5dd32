package org.selfeval.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.publish.PublishedFiles;
import org.selfeval.report.DocxRenderer;
import org.selfeval.model.Evaluation;

/**
 * The converter around soffice, with stand-in programs where LibreOffice itself is not the point: a program that
 * hangs is stopped at the time limit, one that fails is reported in Chinese, and neither leaves a PDF behind.
 */
class LibreOfficePdfIT {

    @Test
    void aConversionPastTheTimeLimitIsStoppedAndSaidSo(@TempDir Path dir) throws Exception {
        Path hangs = script(dir, "hangs", "sleep 600");
        Path docx = Files.write(dir.resolve("报告.docx"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        try (LibreOfficePdf office = LibreOfficePdf.at(hangs, Duration.ofSeconds(1))) {
            LibreOfficePdf.PdfException e = assertThrows(LibreOfficePdf.PdfException.class, () -> office.convert(docx));
            assertTrue(e.getMessage().contains("超过 1 秒"), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("报告.pdf")));
    }

    @Test
    void aFailingConversionIsOneLineAndTheDocxStays(@TempDir Path dir) throws Exception {
        Path fails = script(dir, "fails", "echo 'Error: source file could not be loaded' ; exit 1");
        Path docx = dir.resolve("报告.docx");
        Files.write(docx, emptyZip());
        List<String> said = new ArrayList<>();
        try (LibreOfficePdf office = LibreOfficePdf.at(fails, Duration.ofSeconds(60))) {
            PdfCopies copies = new PdfCopies(java.util.Optional.of(office), said::add);
            copies.of(new PublishedFiles(docx, null));
        }
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("未生成 PDF：报告.docx：LibreOffice 转换失败（退出码 1"), said.get(0));
        assertTrue(said.get(0).contains("source file could not be loaded"), said.get(0));
        assertFalse(said.get(0).contains("旧版本"), said.get(0));
        assertTrue(Files.exists(docx));
        assertFalse(Files.exists(dir.resolve("报告.pdf")));

        // A PDF from an earlier call stays (nothing is deleted) but is named as out of date.
        Files.writeString(dir.resolve("报告.pdf"), "%PDF-1.7 earlier");
        try (LibreOfficePdf office = LibreOfficePdf.at(fails, Duration.ofSeconds(60))) {
            new PdfCopies(java.util.Optional.of(office), said::add).of(new PublishedFiles(docx, null));
        }
        assertTrue(said.get(1).endsWith("旁边同名的 PDF 是以前生成的旧版本，与新的 .docx 不一致，请勿公开。"), said.get(1));
        assertEquals("%PDF-1.7 earlier", Files.readString(dir.resolve("报告.pdf")));
    }

    /** LibreOffice gets the grid's lines only; every other part of the package is passed on unchanged. */
    @Test
    void libreOfficeGetsALineGridAndOtherwiseTheSamePackage() throws Exception {
        byte[] docx = new DocxRenderer().auditReport(Path.of("坏文件.xlsx"), (Evaluation) null, List.of());
        Map<String, byte[]> before = entries(docx);
        Map<String, byte[]> after = entries(LibreOfficePdf.forLibreOffice(docx));
        assertEquals(before.keySet(), after.keySet());
        String document = new String(before.get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(document.contains("w:type=\"linesAndChars\""), "Word gets the 28 × 22 grid");
        assertEquals(document.replace("w:type=\"linesAndChars\"", "w:type=\"lines\""),
                new String(after.get("word/document.xml"), StandardCharsets.UTF_8));
        for (String name : before.keySet()) {
            if (!name.equals("word/document.xml")) assertArrayEquals(before.get(name), after.get(name), name);
        }
    }

    private static Path script(Path dir, String name, String body) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "stand-in programs need /bin/sh");
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private static byte[] emptyZip() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) m.put(e.getName(), in.readAllBytes());
        }
        return m;
    }
}
