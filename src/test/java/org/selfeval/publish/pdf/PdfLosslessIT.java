package org.selfeval.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.bench.SubmissionGenerator;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.report.DocxRenderer;

/**
 * What is published is what was checked: every example report and 校验报告 (both frameworks) and
 * generated submissions of every kind go through the --pdf converter, which reads each PDF back
 * with PDFBox and publishes it only when its text is the document's. The .docx handed to
 * LibreOffice is the file users open.
 */
class PdfLosslessIT {

    private static final Pipeline PIPELINE =
            new Pipeline(new SubmissionReader(), new Evaluator(), new DocxRenderer());

    private static LibreOfficePdf office;

    @BeforeAll
    static void office() throws IOException {
        Optional<LibreOfficePdf> found = LibreOfficePdf.find(LibreOfficePdf.DEFAULT_LIMIT);
        if (found.isEmpty()) {
            if (System.getenv("CI") != null)
                fail("LibreOffice (soffice) 未安装：CI 必须运行 PDF 测试（见 .ci/run）。");
            Assumptions.abort("soffice not installed; PDF checks skipped locally");
        }
        office = found.get();
    }

    @AfterAll
    static void close() {
        if (office != null) office.close();
    }

    @Test
    void everyExampleReportAndAuditReportConvertsWithoutLosingACharacter(@TempDir Path dir)
            throws Exception {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("input-templates", "examples"))) {
            examples =
                    // the department submissions (the three-project example holds no department's
                    // sheets)
                    s.filter(
                                    p ->
                                            Files.isDirectory(p)
                                                    || p.toString().endsWith(".xlsx")
                                                            && !p.toString()
                                                                    .endsWith("-projects.xlsx"))
                            .sorted()
                            .toList();
        }
        assertEquals(6, examples.size(), examples.toString());
        List<String> converted = new ArrayList<>();
        for (Path example : examples) {
            Outcome o = PIPELINE.convert(example);
            converted.addAll(convertBoth(dir, example.getFileName().toString(), o));
        }
        // five reports (花都区 ×2, 青山县 ×3) and six 校验报告
        assertEquals(11, converted.size(), converted.toString());
    }

    @Test
    void generatedSubmissionsOfEveryKindConvertWithoutLosingACharacter(@TempDir Path dir)
            throws Exception {
        SubmissionGenerator generator = new SubmissionGenerator(20_240_301);
        List<SubmissionGenerator.Kind> seen = new ArrayList<>();
        for (int i = 0; seen.size() < 3 && i < 400; i++) {
            SubmissionGenerator.Kind kind = generator.kind(i);
            if (seen.contains(kind)) continue;
            seen.add(kind);
            Path xlsx = Files.write(dir.resolve("generated-" + i + ".xlsx"), generator.xlsx(i));
            assertTrue(
                    !convertBoth(dir, "generated-" + i, PIPELINE.convert(xlsx)).isEmpty(),
                    kind.toString());
        }
        assertEquals(3, seen.size(), seen.toString());
    }

    /**
     * The report and 校验报告 of an outcome, each converted and checked; the names of the PDFs written.
     */
    private static List<String> convertBoth(Path dir, String name, Outcome o) throws Exception {
        List<String> pdfs = new ArrayList<>();
        for (var doc :
                List.of(Optional.ofNullable(o.report()), Optional.ofNullable(o.auditReport()))) {
            if (doc.isEmpty()) continue;
            Path docx = Files.write(dir.resolve(name + "-" + pdfs.size() + ".docx"), doc.get());
            Path pdf = office.convert(docx); // throws when the PDF's text is not the document's
            // Independently of the converter: the published PDF carries the document's text.
            assertEquals(
                    Optional.empty(),
                    PdfTextCheck.mismatch(doc.get(), Files.readAllBytes(pdf)),
                    pdf.toString());
            assertTrue(PdfTextCheck.documentText(doc.get()).length() > 200, "a real document");
            pdfs.add(pdf.getFileName().toString());
        }
        return pdfs;
    }
}
