package org.selfeval.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.report.DocxRenderer;

/**
 * The pool of long-lived offices: one office serves document after document, and a killed office is
 * replaced.
 */
class OfficePoolIT {

    @Test
    void thePoolSurvivesAKilledOfficeProcess(@TempDir Path dir) throws Exception {
        Optional<LibreOfficePdf> found = LibreOfficePdf.find(LibreOfficePdf.DEFAULT_LIMIT);
        if (found.isEmpty()) {
            if (System.getenv("CI") != null)
                fail("LibreOffice (soffice) 未安装：CI 必须运行 PDF 测试（见 .ci/run）。");
            Assumptions.abort("soffice not installed; PDF checks skipped locally");
        }
        byte[] report =
                new Pipeline(new SubmissionReader(), new Evaluator(), new DocxRenderer())
                        .convert(
                                Path.of(
                                        "input-templates",
                                        "examples",
                                        "qingshan-agri-2023-corrected.xlsx"))
                        .report();
        try (LibreOfficePdf office = found.get()) {
            Path first = office.convert(Files.write(dir.resolve("一.docx"), report));
            List<ProcessHandle> offices = offices();
            assertEquals(1, offices.size(), "one long-lived office: " + offices);
            Path second = office.convert(Files.write(dir.resolve("二.docx"), report));
            assertEquals(offices, offices(), "the second document went to the same office");

            ProcessHandle killed = offices.get(0);
            killed.destroyForcibly();
            killed.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(killed.isAlive());

            Path third = office.convert(Files.write(dir.resolve("三.docx"), report));
            List<ProcessHandle> now = offices();
            assertEquals(1, now.size(), now.toString());
            assertNotEquals(killed.pid(), now.get(0).pid(), "a new office replaced the killed one");
            for (Path pdf : List.of(first, second, third)) {
                assertTrue(Files.size(pdf) > 10_000, pdf.toString());
            }
        }
        assertEquals(List.of(), offices(), "closing the converter stops its office");
    }

    /** The LibreOffice processes this JVM started (soffice.bin under the launcher). */
    private static List<ProcessHandle> offices() {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("soffice.bin")).orElse(false))
                .toList();
    }
}
