package org.selfeval.publish.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.publish.AtomicFiles;
import org.selfeval.publish.FolderTrees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a PDF beside a .docx with LibreOffice, for departments that publish PDF on their portals.
 * LibreOffice runs as a pool of long-lived processes ({@link OfficePool}); each PDF is read back
 * and published only when its text is the document's ({@link PdfTextCheck}). Private LibreOffice
 * profiles (never a desktop LibreOffice's) and a time limit for every conversion.
 */
public final class LibreOfficePdf implements AutoCloseable {

    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(180);

    /** The one line staff see when --pdf is asked for on a machine without LibreOffice. */
    public static final String MISSING =
            "未找到 LibreOffice（soffice），本次不生成 PDF，只生成 .docx；如需 PDF，请安装 LibreOffice"
                    + "（Debian/Ubuntu：apt-get install libreoffice-writer-nogui；Windows：从 libreoffice.org 安装）。";

    /** The fontconfig file with the 公文 faces' stand-ins, in the work folder. */
    static final String FONTS = "fonts.conf";

    private static final List<String> WINDOWS_PLACES =
            List.of(
                    "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
                    "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe");

    /** How long an office left running at close may take to end before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(LibreOfficePdf.class);

    private final Path work;
    private final PdfEngine engine;

    /** Stops this converter's offices should the JVM exit without {@link #close}. */
    private final Thread atExit;

    private LibreOfficePdf(Path work, PdfEngine engine) {
        this.work = work;
        this.engine = engine;
        // the engine first, so JODConverter does not restart the offices stopped under it
        this.atExit =
                new Thread(
                        () -> {
                            try {
                                engine.close();
                            } finally {
                                OfficeProcesses.stop(work, STOP_GRACE);
                            }
                        },
                        "selfeval-pdf-exit");
        Runtime.getRuntime().addShutdownHook(atExit);
    }

    private static Path workFolder() throws IOException {
        Path work = Files.createTempDirectory("selfeval-pdf-");
        Files.writeString(work.resolve(FONTS), FontStandIns.fontConfig(), StandardCharsets.UTF_8);
        return work;
    }

    /**
     * LibreOffice when installed (soffice or libreoffice on PATH, or its usual Windows folder), as
     * a pool; else empty.
     */
    public static Optional<LibreOfficePdf> find(Duration limit) throws IOException {
        Optional<Path> program = locate(System.getenv("PATH"));
        if (program.isEmpty()) return Optional.empty();
        Path work = workFolder();
        OfficePool pool = new OfficePool(program.get(), limit, 1, work);
        pool.startInBackground();
        return Optional.of(new LibreOfficePdf(work, pool));
    }

    /**
     * As {@link #find}, but starting LibreOffice for every document (the benchmark's comparison).
     */
    public static Optional<LibreOfficePdf> findStartingEachTime(Duration limit) throws IOException {
        Optional<Path> program = locate(System.getenv("PATH"));
        if (program.isEmpty()) return Optional.empty();
        Path work = workFolder();
        return Optional.of(
                new LibreOfficePdf(work, new SofficePerDocument(program.get(), limit, work)));
    }

    /**
     * A converter starting the given program for every document (tests use stand-ins for soffice).
     */
    static LibreOfficePdf at(Path program, Duration limit) throws IOException {
        Path work = workFolder();
        return new LibreOfficePdf(work, new SofficePerDocument(program, limit, work));
    }

    static Optional<Path> locate(String path) {
        List<Path> candidates = new ArrayList<>();
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) continue;
                for (String name : List.of("soffice", "soffice.exe", "libreoffice"))
                    candidates.add(Path.of(dir, name));
            }
        }
        WINDOWS_PLACES.forEach(p -> candidates.add(Path.of(p)));
        return candidates.stream()
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }

    /**
     * Converts {@code docx} to {@code <same name>.pdf} in the same folder (written whole, then
     * renamed), once its text is checked against the document's.
     *
     * @throws PdfException with a Chinese reason when LibreOffice fails, runs past the time limit,
     *     or the PDF's text is not the document's (then no PDF is written)
     */
    public Path convert(Path docx) throws PdfException {
        Path target = pdfFor(docx);
        Path job = null;
        try {
            job = Files.createTempDirectory(work, "job-");
            // A short ASCII name: soffice names the PDF after its input, and some builds mangle
            // long CJK paths.
            Path input = job.resolve("document.docx");
            byte[] document = Files.readAllBytes(docx);
            Files.write(
                    input, document); // the very file users open: no separate copy for LibreOffice
            engine.toPdf(input);
            Path pdf = pdfFor(input);
            if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0)
                throw new PdfException("LibreOffice 没有写出 PDF");
            byte[] bytes = Files.readAllBytes(pdf);
            Optional<String> mismatch = PdfTextCheck.mismatch(document, bytes);
            if (mismatch.isPresent()) {
                throw new PdfException("PDF 中的文字与 .docx 不一致，PDF 未发布（" + mismatch.get() + "）");
            }
            // Written as the reports are (temp file, then rename): never half a PDF, and an orphan
            // is swept.
            AtomicFiles.write(target, bytes);
            return target;
        } catch (IOException e) {
            throw new PdfException("无法写出 PDF：" + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PdfException("PDF 转换被中断");
        } finally {
            if (job != null) FolderTrees.deleteTemporary(job);
        }
    }

    /**
     * Which 公文 faces LibreOffice lacks here and what stands in, as one Chinese line; empty when
     * none is missing.
     */
    public Optional<String> missingFonts() {
        return MissingFonts.line(work.resolve(FONTS));
    }

    /** {@code …报告.docx} → {@code …报告.pdf} in the same folder. */
    static Path pdfFor(Path docx) {
        return docx.resolveSibling(
                docx.getFileName().toString().replaceFirst("(?i)\\.docx$", "") + ".pdf");
    }

    /**
     * Stops the engine, then every office process still running for this converter's work folder
     * (whoever started it), and deletes the folder.
     */
    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            int left = OfficeProcesses.stop(work, STOP_GRACE);
            if (left > 0) LOG.warn("PDF 转换结束时仍有 {} 个 LibreOffice 进程在运行（{}），已停止", left, work);
            try {
                Runtime.getRuntime().removeShutdownHook(atExit);
            } catch (IllegalStateException exiting) {
                // the JVM is exiting: the hook runs anyway
            }
            FolderTrees.deleteTemporary(work);
        }
    }

    /** Why a PDF was not written, in Chinese. */
    public static final class PdfException extends Exception {
        public PdfException(String message) {
            super(message);
        }
    }
}
