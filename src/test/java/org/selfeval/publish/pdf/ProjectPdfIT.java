package org.selfeval.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Main;
import picocli.CommandLine;

/**
 * {@code convert --pdf} of the three-project example, beside its department's workbook (the
 * corrected 青山县 example): every project table, the projects' 校验报告, and the department's report that
 * lists the projects get a PDF whose text is the document's (PdfTextCheck, read back with PDFBox
 * independently of the converter's own check).
 */
class ProjectPdfIT {

    private static final Path EXAMPLES = Path.of("input-templates", "examples");

    @Test
    void everyProjectDocumentAndTheListingReportArePublishedAsLosslessPdfs(@TempDir Path dir)
            throws Exception {
        if (LibreOfficePdf.locate(System.getenv("PATH")).isEmpty()) {
            if (System.getenv("CI") != null)
                fail("LibreOffice (soffice) 未安装：CI 必须运行 PDF 测试（见 .ci/run）。");
            Assumptions.abort("soffice not installed; PDF checks skipped locally");
        }
        Path folder = Files.createDirectories(dir.resolve("青山县农业农村局"));
        Files.copy(
                EXAMPLES.resolve("qingshan-agri-2023-corrected.xlsx"), folder.resolve("部门.xlsx"));
        Files.copy(
                EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx"),
                folder.resolve("qingshan-agri-2023-projects.xlsx"));
        Path out = dir.resolve("out");
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter(), std = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(std, true));
        int exit = cl.execute("convert", "--pdf", folder.toString(), "--out", out.toString());
        String console = std + "\n" + err;
        assertEquals(0, exit, console);

        List<Path> docx;
        try (Stream<Path> s = Files.walk(out.resolve("2023"))) {
            docx = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        // the department's report and 校验报告; three project tables and the projects' 校验报告
        assertEquals(6, docx.size(), docx.toString());
        assertEquals(
                4,
                docx.stream().filter(p -> p.getParent().endsWith("项目支出绩效自评")).count(),
                docx.toString());
        for (Path d : docx) {
            Path pdf = d.resolveSibling(d.getFileName().toString().replace(".docx", ".pdf"));
            assertTrue(Files.isRegularFile(pdf), "no PDF beside " + d + "\n" + console);
            byte[] document = Files.readAllBytes(d);
            assertEquals(
                    Optional.empty(),
                    PdfTextCheck.mismatch(document, Files.readAllBytes(pdf)),
                    pdf.toString());
            assertTrue(PdfTextCheck.documentText(document).length() > 200, "a real document");
        }
        Path report =
                docx.stream()
                        .filter(p -> p.getFileName().toString().endsWith("部门整体支出绩效自评报告.docx"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(
                PdfTextCheck.documentText(Files.readAllBytes(report)).contains("项目支出绩效自评情况"),
                "the department's report lists its projects");
    }
}
