package org.selfeval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.selfeval.publish.pdf.LibreOfficePdf;

/**
 * PDF time per document, side by side: LibreOffice started for every document, and the pool of
 * long-lived offices --pdf uses (its one start counted apart and then spread over the night's
 * documents). Every PDF is checked against its document's text in both ways, so both do the same
 * work.
 */
public record PdfTimes(
        int documents, double eachStartMillis, double poolStartMillis, double pooledMillis) {

    /** Converts copies of {@code reports} both ways; empty when LibreOffice is not installed. */
    public static Optional<PdfTimes> measure(List<Path> reports, Path work) throws IOException {
        Optional<LibreOfficePdf> each =
                LibreOfficePdf.findStartingEachTime(LibreOfficePdf.DEFAULT_LIMIT);
        if (each.isEmpty()) return Optional.empty();
        int n = reports.size();
        try (LibreOfficePdf e = each.get()) {
            List<Path> first = copies(reports, work.resolve("pdf-each"));
            List<Path> second = copies(reports, work.resolve("pdf-pool"));
            // The pool starts its office when it is made; the first document waits for it: timed
            // apart.
            long t0 = System.nanoTime();
            try (LibreOfficePdf p =
                    LibreOfficePdf.find(LibreOfficePdf.DEFAULT_LIMIT).orElseThrow()) {
                p.convert(second.get(0));
                long startNanos = System.nanoTime() - t0;
                // Side by side, document by document, so both ways meet the same load on the
                // machine.
                long eachNanos = 0;
                long pooledNanos = 0;
                for (int i = 0; i < n; i++) {
                    long a = System.nanoTime();
                    e.convert(first.get(i));
                    long b = System.nanoTime();
                    eachNanos += b - a;
                    if (i == 0) continue;
                    p.convert(second.get(i));
                    pooledNanos += System.nanoTime() - b;
                }
                double pooled = pooledNanos / 1e6 / Math.max(1, n - 1);
                return Optional.of(
                        new PdfTimes(
                                n,
                                eachNanos / 1e6 / n,
                                Math.max(0, startNanos / 1e6 - pooled),
                                pooled));
            }
        } catch (LibreOfficePdf.PdfException ex) {
            throw new IOException("PDF 转换失败：" + ex.getMessage(), ex);
        }
    }

    private static List<Path> copies(List<Path> reports, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++)
            copies.add(
                    Files.copy(
                            reports.get(i),
                            dir.resolve("report-" + i + ".docx"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING));
        return copies;
    }

    /**
     * The PDF time per document of a night of {@code n} documents with the pool (its start spread
     * over them).
     */
    public double pooledOver(int n) {
        return pooledMillis + poolStartMillis / n;
    }

    public String markdown() {
        return String.format(
                Locale.ROOT,
                "PDF（--pdf，%d 份报告，每份都经 PDFBox 文字核对）：每份启动一次 LibreOffice %.0f ms/份；"
                        + "常驻 LibreOffice 进程池（JODConverter）%.0f ms/份，另加一次启动 %.0f ms；"
                        + "一夜 %d 份时 %.0f ms/份（快 %.1f 倍），1,000 份时 %.0f ms/份（快 %.1f 倍）。%n",
                documents,
                eachStartMillis,
                pooledMillis,
                poolStartMillis,
                documents,
                pooledOver(documents),
                eachStartMillis / pooledOver(documents),
                pooledOver(1000),
                eachStartMillis / pooledOver(1000));
    }
}
