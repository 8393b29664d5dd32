package org.selfeval.publish.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One soffice --convert-to pdf per document (seven seconds of start-up each): the way without a
 * pool, kept for the benchmark's side-by-side figure and for stand-in programs in tests. One
 * private profile, so conversions take turns.
 */
final class SofficePerDocument implements PdfEngine {

    private final Path soffice;
    private final Duration limit;
    private final Path profile;
    private final Path fonts;

    SofficePerDocument(Path soffice, Duration limit, Path work) {
        this.soffice = soffice;
        this.limit = limit;
        this.profile = work.resolve("profile");
        this.fonts = work.resolve(LibreOfficePdf.FONTS);
    }

    @Override
    public synchronized void toPdf(Path docx)
            throws LibreOfficePdf.PdfException, InterruptedException {
        Path job = docx.getParent();
        Path log = job.resolve("soffice.log");
        ProcessBuilder pb =
                new ProcessBuilder(
                                List.of(
                                        soffice.toString(),
                                        "-env:UserInstallation=" + profile.toUri(),
                                        "--headless",
                                        "--norestore",
                                        "--nologo",
                                        "--nodefault",
                                        "--nolockcheck",
                                        "--convert-to",
                                        "pdf",
                                        "--outdir",
                                        job.toString(),
                                        docx.toString()))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        // Our font stand-ins for the 公文 faces (used only where the real faces are not installed).
        pb.environment().put("FONTCONFIG_FILE", fonts.toString());
        try {
            Process p = pb.start();
            if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                throw new LibreOfficePdf.PdfException(
                        "LibreOffice 超过 " + limit.toSeconds() + " 秒仍未完成 PDF 转换，已停止");
            }
            if (p.exitValue() != 0) {
                throw new LibreOfficePdf.PdfException(
                        "LibreOffice 转换失败（退出码 " + p.exitValue() + "：" + tail(log) + "）");
            }
        } catch (IOException e) {
            throw new LibreOfficePdf.PdfException("无法启动 LibreOffice：" + e.getMessage());
        }
        if (!Files.isRegularFile(LibreOfficePdf.pdfFor(docx))) {
            throw new LibreOfficePdf.PdfException("LibreOffice 没有写出 PDF（" + tail(log) + "）");
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "无输出" : text.substring(Math.max(0, text.length() - 300));
        } catch (IOException e) {
            return "无输出";
        }
    }

    @Override
    public void close() {
        // nothing runs between documents
    }
}
