package org.selfeval.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.publish.PublishedFiles;

/**
 * The converter around soffice, with stand-in programs where LibreOffice itself is not the point: a
 * program that hangs is stopped at the time limit, one that fails is reported in Chinese, and
 * neither leaves a PDF behind.
 */
class LibreOfficePdfIT {

    @Test
    void aConversionPastTheTimeLimitIsStoppedAndSaidSo(@TempDir Path dir) throws Exception {
        Path hangs = script(dir, "hangs", "sleep 600");
        Path docx =
                Files.write(
                        dir.resolve("报告.docx"),
                        new byte[] {
                            'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
                        });
        try (LibreOfficePdf office = LibreOfficePdf.at(hangs, Duration.ofSeconds(1))) {
            LibreOfficePdf.PdfException e =
                    assertThrows(LibreOfficePdf.PdfException.class, () -> office.convert(docx));
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
            new PdfCopies(java.util.Optional.of(office), said::add)
                    .of(new PublishedFiles(docx, null));
        }
        assertTrue(said.get(1).endsWith("旁边同名的 PDF 是以前生成的旧版本，与新的 .docx 不一致，请勿公开。"), said.get(1));
        assertEquals("%PDF-1.7 earlier", Files.readString(dir.resolve("报告.pdf")));
    }

    /**
     * A PDF whose text is the document's is published; one that lost a comma is not, and says
     * where.
     */
    @Test
    void aPdfIsPublishedOnlyWhenItsTextIsTheDocuments(@TempDir Path dir) throws Exception {
        Path docx =
                Files.write(
                        dir.resolve("报告.docx"),
                        docx("<w:p><w:r><w:t>Budget, spent</w:t></w:r></w:p>"));
        Files.write(dir.resolve("same.pdf"), pdf("Budget,", "spent", "— 1 —"));
        Files.write(dir.resolve("lost.pdf"), pdf("Budget", "spent", "— 1 —"));
        try (LibreOfficePdf office =
                LibreOfficePdf.at(
                        script(dir, "same", writes(dir.resolve("same.pdf"))),
                        Duration.ofSeconds(60))) {
            assertEquals(dir.resolve("报告.pdf"), office.convert(docx));
        }
        Files.delete(dir.resolve("报告.pdf"));
        List<String> said = new ArrayList<>();
        try (LibreOfficePdf office =
                LibreOfficePdf.at(
                        script(dir, "lost", writes(dir.resolve("lost.pdf"))),
                        Duration.ofSeconds(60))) {
            new PdfCopies(java.util.Optional.of(office), said::add)
                    .of(new PublishedFiles(docx, null));
        }
        assertEquals(1, said.size(), said.toString());
        assertTrue(
                said.get(0)
                        .startsWith(
                                "未生成 PDF：报告.docx：PDF 中的文字与 .docx 不一致，PDF 未发布（文档第 7 字起为“…Budget▲,spent…”"),
                said.get(0));
        assertTrue(said.get(0).contains("PDF 中为“…Budget▲spent—1—…”"), said.get(0));
        assertFalse(
                Files.exists(dir.resolve("报告.pdf")),
                "a PDF that lost a character is not published");
        assertTrue(Files.exists(docx));
    }

    @Test
    void pageNumbersAndRepeatedHeaderRowsAreLayoutEverythingElseCounts() {
        java.util.Set<String> header = java.util.Set.of("项目金额");
        assertEquals(
                java.util.Optional.empty(),
                PdfTextCheck.compare("项目金额合计1预算2", "项目金额合计1—1—项目金额预算2—2—", header));
        assertTrue(
                PdfTextCheck.compare("项目金额合计1；预算2", "项目金额合计1预算2", header).isPresent(),
                "a dropped ；");
        assertTrue(PdfTextCheck.compare("合计1", "合计1合计1", header).isPresent(), "a line drawn twice");
        assertTrue(
                PdfTextCheck.compare("合计1预算2", "合计1", header).isPresent(),
                "a PDF that stops early");
        assertEquals("合计1", PdfTextCheck.squeeze(" 合\u00A0计\u3000\n1 "));
    }

    /**
     * A stand-in for soffice that "converts" by copying a prepared PDF to {@code
     * <outdir>/document.pdf}.
     */
    private static String writes(Path pdf) {
        return "while [ $# -gt 1 ]; do if [ \"$1\" = --outdir ]; then out=\"$2\"; fi; shift; done; cp '"
                + pdf
                + "' \"$out/document.pdf\"";
    }

    private static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                for (String line : lines) {
                    s.showText(line);
                    s.newLineAtOffset(0, -20);
                }
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String body) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(
                    ("<w:document><w:body>" + body + "</w:body></w:document>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static Path script(Path dir, String name, String body) throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/bin/sh")), "stand-in programs need /bin/sh");
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
}
