package org.selfeval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.publish.pdf.LibreOfficePdf;
import org.selfeval.report.DocxRenderer;

/**
 * The bench's PDF comparison on two reports: LibreOffice started per document against the pool,
 * every PDF written, and — what once kept a build waiting 47 minutes — no office it started still
 * running when it returns.
 */
class BenchPdfIT {

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void bothWaysConvertEveryReportAndLeaveNoOfficeRunning(@TempDir Path dir) throws Exception {
        if (LibreOfficePdf.findStartingEachTime(LibreOfficePdf.DEFAULT_LIMIT).isEmpty()) {
            if (System.getenv("CI") != null)
                fail("LibreOffice (soffice) 未安装：CI 必须运行 PDF 测试（见 .ci/run）。");
            Assumptions.abort("soffice not installed; PDF checks skipped locally");
        }
        Pipeline pipeline =
                new Pipeline(new SubmissionReader(), new Evaluator(), new DocxRenderer());
        List<Path> reports = new ArrayList<>();
        for (String example :
                List.of("qingshan-agri-2023-corrected.xlsx", "huadu-amr-2023-corrected.xlsx")) {
            byte[] report =
                    pipeline.convert(Path.of("input-templates", "examples", example)).report();
            reports.add(Files.write(dir.resolve(example.replace(".xlsx", ".docx")), report));
        }

        Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();
        Thread watch =
                new Thread(
                        () -> {
                            while (!Thread.currentThread().isInterrupted()) {
                                ProcessHandle.current()
                                        .descendants()
                                        .filter(BenchPdfIT::office)
                                        .forEach(seen::add);
                                try {
                                    Thread.sleep(50);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        });
        watch.setDaemon(true);
        watch.start();
        Optional<PdfTimes> times;
        try {
            times = PdfTimes.measure(reports, dir.resolve("work"));
        } finally {
            watch.interrupt();
            watch.join();
        }

        assertTrue(times.isPresent());
        PdfTimes t = times.get();
        assertEquals(2, t.documents());
        assertTrue(t.eachStartMillis() > 0 && t.pooledMillis() > 0, t.toString());
        for (String way : List.of("pdf-each", "pdf-pool"))
            for (int i = 0; i < 2; i++) {
                Path pdf = dir.resolve("work").resolve(way).resolve("report-" + i + ".pdf");
                assertTrue(Files.size(pdf) > 10_000, pdf.toString());
            }
        assertTrue(t.markdown().contains("2 份报告"), t.markdown());

        assertFalse(seen.isEmpty(), "the watch saw the offices it should see stopped");
        List<ProcessHandle> alive = seen.stream().filter(ProcessHandle::isAlive).toList();
        assertEquals(
                List.of(),
                alive.stream().map(BenchPdfIT::describe).toList(),
                "offices left running");
    }

    private static boolean office(ProcessHandle p) {
        return p.info()
                .command()
                .map(c -> c.contains("soffice") || c.contains("oosplash"))
                .orElse(false);
    }

    private static String describe(ProcessHandle p) {
        return p.pid() + " " + p.info().commandLine().orElse("?");
    }
}
