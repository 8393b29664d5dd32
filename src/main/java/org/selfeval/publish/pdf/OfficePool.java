package org.selfeval.publish.pdf;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.core.office.OfficeManager;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.ExistingProcessAction;
import org.jodconverter.local.office.LocalOfficeManager;

/**
 * Long-lived LibreOffice processes (JODConverter): started once, at the first PDF, and reused for
 * every document after, so a PDF costs the conversion (about half a second) rather than a
 * LibreOffice start (about seven). JODConverter restarts a process that crashed or was killed and
 * one that runs past the time limit; a conversion that met the failure is tried once more on the
 * restarted process.
 */
final class OfficePool implements PdfEngine {

    private final Path officeHome;
    private final Duration limit;
    private final int processes;
    private final Path work;

    /** The started office manager, once {@link #startInBackground} was called. */
    private CompletableFuture<OfficeManager> starting;

    OfficePool(Path soffice, Duration limit, int processes, Path work) throws IOException {
        this.officeHome = officeHome(soffice);
        this.limit = limit;
        this.processes = processes;
        this.work = work;
    }

    /**
     * /usr/bin/soffice → /usr/lib/libreoffice (the folder above program/, which JODConverter
     * wants).
     */
    static Path officeHome(Path soffice) throws IOException {
        Path program = soffice.toRealPath().getParent();
        return program.getParent();
    }

    /**
     * Starts the office in the background (a fresh profile takes several seconds), so the start
     * overlaps the reading and rendering of the first submissions; the first PDF waits for it.
     */
    void startInBackground() {
        synchronized (this) {
            if (starting == null) starting = CompletableFuture.supplyAsync(this::start);
        }
    }

    private LocalConverter converter() throws LibreOfficePdf.PdfException, InterruptedException {
        startInBackground();
        try {
            return LocalConverter.make(starting.get());
        } catch (ExecutionException e) {
            Throwable cause =
                    e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
            throw new LibreOfficePdf.PdfException("无法启动 LibreOffice：" + cause.getMessage());
        }
    }

    private OfficeManager start() {
        LocalOfficeManager.Builder builder =
                LocalOfficeManager.builder()
                        .officeHome(officeHome.toFile())
                        .portNumbers(freePorts(processes))
                        .workingDir(work.toFile())
                        .taskExecutionTimeout(limit.toMillis())
                        .taskQueueTimeout(limit.toMillis() * 2)
                        .processTimeout(Duration.ofSeconds(60).toMillis())
                        .existingProcessAction(ExistingProcessAction.KILL)
                        .startFailFast(true);
        // Our font stand-ins for the 公文 faces: the office is started through env with
        // FONTCONFIG_FILE set.
        Path env = Path.of("/usr/bin/env");
        if (!isWindows() && Files.isExecutable(env)) {
            builder.runAsArgs(
                    env.toString(), "FONTCONFIG_FILE=" + work.resolve(LibreOfficePdf.FONTS));
        }
        OfficeManager m = builder.build();
        try {
            m.start();
        } catch (OfficeException e) {
            throw new CompletionException(e);
        }
        return m;
    }

    @Override
    public void toPdf(Path docx) throws LibreOfficePdf.PdfException, InterruptedException {
        LocalConverter c = converter();
        File pdf = LibreOfficePdf.pdfFor(docx).toFile();
        try {
            c.convert(docx.toFile()).to(pdf).execute();
        } catch (OfficeException first) {
            // The process may have died under this document (JODConverter restarts it): once more
            // on the new one.
            try {
                c.convert(docx.toFile()).to(pdf).execute();
            } catch (OfficeException e) {
                throw new LibreOfficePdf.PdfException("LibreOffice 转换失败（" + e.getMessage() + "）");
            }
        }
        if (!pdf.isFile()) throw new LibreOfficePdf.PdfException("LibreOffice 没有写出 PDF");
    }

    private static int[] freePorts(int n) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) sockets.add(new ServerSocket(0));
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new CompletionException(
                    new IOException("没有可用的本机端口启动 LibreOffice：" + e.getMessage(), e));
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // a port we only looked at
                }
            }
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .startsWith("windows");
    }

    @Override
    public void close() {
        CompletableFuture<OfficeManager> started;
        synchronized (this) {
            started = starting;
            starting = null;
        }
        if (started == null) return;
        try {
            started.join().stop();
        } catch (OfficeException | CompletionException ignored) {
            // never started, or stopping: JODConverter has killed what did not stop
        }
    }
}
