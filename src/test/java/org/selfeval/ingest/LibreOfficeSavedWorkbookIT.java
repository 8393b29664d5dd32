package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.xlsx.StreamingWorkbook;
import org.selfeval.model.Submission;
import org.selfeval.pipeline.ReadResult;
import org.selfeval.testing.ExternalCommands;

/**
 * The examples saved again by a real spreadsheet application (LibreOffice Calc, headless), which
 * computes every formula and writes its own styles, shared strings and app.xml: such a file is
 * streamed, reads exactly as POI's usermodel reads it, and gives the same submission and findings
 * as the example it was saved from. Fails when LibreOffice is missing on CI (env CI set); skips
 * locally.
 */
class LibreOfficeSavedWorkbookIT {

    private static final Path EXAMPLES = Path.of("input-templates", "examples");

    @TempDir Path dir;

    @Test
    void examplesSavedByLibreOfficeStreamToTheSameSubmissionAndFindings() throws Exception {
        Optional<Path> soffice =
                ExternalCommands.onPath("soffice").or(() -> ExternalCommands.onPath("libreoffice"));
        if (soffice.isEmpty()) {
            if (System.getenv("CI") != null)
                fail("LibreOffice (soffice) 未安装：CI 必须运行此测试（见 .ci/run）。");
            Assumptions.abort("soffice not installed; skipped locally");
        }
        List<Path> examples;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            // the department workbooks (the three-project example holds no department's sheets)
            examples =
                    s.filter(
                                    p ->
                                            p.toString().endsWith(".xlsx")
                                                    && !p.toString().endsWith("-projects.xlsx"))
                            .sorted()
                            .toList();
        }
        assertEquals(5, examples.size(), examples.toString()); // five department workbooks
        Path originals = Files.createDirectories(dir.resolve("originals"));
        List<String> command =
                new ArrayList<>(
                        List.of(
                                soffice.get().toString(),
                                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                                "--headless",
                                "--norestore",
                                "--calc",
                                "--convert-to",
                                "xlsx:Calc MS Excel 2007 XML",
                                "--outdir",
                                dir.resolve("saved").toString()));
        for (Path example : examples) {
            Path copy = originals.resolve(example.getFileName());
            Files.copy(example, copy);
            command.add(copy.toString());
        }
        ExternalCommands.run(dir, command, 240);

        for (Path example : examples) {
            Path saved = dir.resolve("saved").resolve(example.getFileName());
            assertTrue(Files.isRegularFile(saved), "LibreOffice did not save " + saved);
            assertNull(
                    StreamingWorkbook.reasonNotStreamed(
                            saved, ReadLimits.MAX_CELLS, SheetParts::isDataSheet),
                    saved.toString());
            StreamingEquivalenceTest.sameResult(saved);
            ReadResult original = new SubmissionReader(false).read(example);
            ReadResult streamed = new SubmissionReader(true).read(saved);
            assertEquals(original.findings(), streamed.findings(), example.toString());
            assertEquals(
                    original.submission(),
                    locatedAs(streamed.submission(), original.submission()),
                    example.toString());
        }
    }

    /**
     * The submission as if read from the other's file (cell references name the file, not its
     * folder).
     */
    private static Submission locatedAs(Submission s, Submission other) {
        return new Submission(
                other.origin(),
                other.files(),
                s.info(),
                s.income(),
                s.expenditure(),
                s.indicators(),
                s.keyProjects(),
                s.management(),
                s.funds());
    }
}
