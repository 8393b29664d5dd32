package org.selfeval.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.selfeval.publish.AtomicFiles;
import org.selfeval.publish.FolderTrees;

/**
 * Writes a PDF beside a .docx with LibreOffice (soffice --headless --convert-to pdf), for departments that
 * publish PDF on their portals. One private LibreOffice profile per process (-env:UserInstallation), so a
 * desktop LibreOffice or another selfeval never shares it; conversions take turns (one profile, one soffice at
 * a time) and each has a time limit.
 */
public final class LibreOfficePdf implements AutoCloseable {

    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(180);

    /** The one line staff see when --pdf is asked for on a machine without LibreOffice. */
    public static final String MISSING = "未找到 LibreOffice（soffice），本次不生成 PDF，只生成 .docx；如需 PDF，请安装 LibreOffice"
            + "（Debian/Ubuntu：apt-get install libreoffice-writer-nogui；Windows：从 libreoffice.org 安装）。";

    private static final List<String> WINDOWS_PLACES = List.of(
            "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
            "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe");

    private final Path soffice;
    private final Duration limit;
    private final Path work;

    private LibreOfficePdf(Path soffice, Duration limit) throws IOException {
        this.soffice = soffice;
        this.limit = limit;
        this.work = Files.createTempDirectory("selfeval-pdf-");
        Files.writeString(work.resolve("fonts.conf"), FontStandIns.fontConfig(), StandardCharsets.UTF_8);
    }

    /** LibreOffice when installed (soffice or libreoffice on PATH, or its usual Windows folder), else empty. */
    public static Optional<LibreOfficePdf> find(Duration limit) throws IOException {
        Optional<Path> program = locate(System.getenv("PATH"));
        return program.isEmpty() ? Optional.empty() : Optional.of(new LibreOfficePdf(program.get(), limit));
    }

    /** A converter running the given program (tests use stand-ins for soffice). */
    static LibreOfficePdf at(Path program, Duration limit) throws IOException {
        return new LibreOfficePdf(program, limit);
    }

    static Optional<Path> locate(String path) {
        List<Path> candidates = new ArrayList<>();
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) continue;
                for (String name : List.of("soffice", "soffice.exe", "libreoffice")) candidates.add(Path.of(dir, name));
            }
        }
        WINDOWS_PLACES.forEach(p -> candidates.add(Path.of(p)));
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    /**
     * Converts {@code docx} to {@code <same name>.pdf} in the same folder (written whole, then renamed).
     *
     * @throws PdfException with a Chinese reason when LibreOffice fails or runs past the time limit
     */
    public synchronized Path convert(Path docx) throws PdfException {
        Path target = pdfFor(docx);
        Path job = work.resolve("job");
        try {
            FolderTrees.delete(job);
            Files.createDirectories(job);
            // A short ASCII name: soffice names the PDF after its input, and some builds mangle long CJK paths.
            Path input = job.resolve("document.docx");
            byte[] document = Files.readAllBytes(docx);
            Files.write(input, document); // the very file users open: no separate copy for LibreOffice
            run(List.of(soffice.toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                    "--convert-to", "pdf", "--outdir", job.toString(), input.toString()));
            Path pdf = job.resolve("document.pdf");
            if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new PdfException("LibreOffice 没有写出 PDF（" + tail(job.resolve("soffice.log")) + "）");
            }
            byte[] bytes = Files.readAllBytes(pdf);
            Optional<String> mismatch = PdfTextCheck.mismatch(document, bytes);
            if (mismatch.isPresent()) {
                throw new PdfException("PDF 中的文字与 .docx 不一致，PDF 未发布（" + mismatch.get() + "）");
            }
            // Written as the reports are (temp file, then rename): never half a PDF, and an orphan is swept.
            AtomicFiles.write(target, bytes);
            return target;
        } catch (IOException e) {
            throw new PdfException("无法写出 PDF：" + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PdfException("PDF 转换被中断");
        }
    }

    /** {@code …报告.docx} → {@code …报告.pdf} in the same folder. */
    static Path pdfFor(Path docx) {
        return docx.resolveSibling(docx.getFileName().toString().replaceFirst("(?i)\\.docx$", "") + ".pdf");
    }

    private void run(List<String> command) throws IOException, InterruptedException, PdfException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("job").resolve("soffice.log").toFile());
        // Our font stand-ins for the 公文 faces (used only where the real faces are not installed).
        pb.environment().put("FONTCONFIG_FILE", work.resolve("fonts.conf").toString());
        Process p = pb.start();
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            throw new PdfException("LibreOffice 超过 " + limit.toSeconds() + " 秒仍未完成 PDF 转换，已停止");
        }
        if (p.exitValue() != 0) {
            throw new PdfException("LibreOffice 转换失败（退出码 " + p.exitValue() + "：" + tail(work.resolve("job").resolve("soffice.log")) + "）");
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
        FolderTrees.deleteTemporary(work);
    }

    /** Why a PDF was not written, in Chinese. */
    public static final class PdfException extends Exception {
        public PdfException(String message) {
            super(message);
        }
    }
}
