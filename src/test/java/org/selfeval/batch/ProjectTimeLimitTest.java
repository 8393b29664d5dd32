package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectFrameworkSource;
import org.selfeval.ingest.ProjectSubmissionReader;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ReadResult;
import org.selfeval.pipeline.ReadStage;
import org.selfeval.project.ProjectEvaluator;
import org.selfeval.publish.Manifest;
import org.selfeval.report.DocxRenderer;
import org.selfeval.report.ProjectRenderer;
import org.selfeval.report.RenderOptions;

/**
 * Scoring the project tables that came with a department workbook is bounded by the submission's
 * one --timeout, as the department's conversion is: a project whose scoring never returns (a stuck
 * step that ignores interrupts) has the workbook filed as timed out, whether its department was
 * read or not, and the round goes on.
 */
class ProjectTimeLimitTest {

    static final Path EXAMPLES = Path.of("input-templates", "examples");

    @TempDir Path root;

    private final StringWriter console = new StringWriter();

    /** Released when the test ends, so the abandoned scoring thread finishes. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHungScoring() {
        release.countDown();
    }

    /** The project framework, after a wait that never ends while the test runs. */
    private ProjectFramework hang(String named) {
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException ignored) {
                // a stuck step does not notice interrupts either
            }
        }
        return BuiltInProjectFrameworks.defaultFramework();
    }

    private Tally round(ReadStage departmentReader) throws Exception {
        BatchFolders folders =
                new BatchFolders(
                        root.resolve("inbox"),
                        root.resolve("output"),
                        root.resolve("archive"),
                        root.resolve("failed"));
        folders.create(true);
        ProjectFramework national = BuiltInProjectFrameworks.defaultFramework();
        try (Manifest manifest = Manifest.load(folders.out());
                RunLog log =
                        RunLog.open(
                                folders.out(),
                                new PrintWriter(console, true),
                                RunCommandTest.CLOCK)) {
            return new BatchRun(
                            new Pipeline(departmentReader, new Evaluator(), new DocxRenderer()),
                            folders,
                            manifest,
                            new Settler(Duration.ZERO, d -> {}),
                            1,
                            RunCommandTest.CLOCK,
                            log,
                            new TimeLimit(Duration.ofSeconds(1)))
                    .withProjects(
                            new ProjectPipeline(
                                    new ProjectSubmissionReader(
                                            ProjectFrameworkSource.forSheets(national)),
                                    new ProjectEvaluator(this::hang),
                                    new ProjectRenderer(RenderOptions.defaults())))
                    .round(() -> false);
        }
    }

    /** The corrected department example with the example's first project sheet copied in. */
    private Path departmentWithProject() throws IOException {
        Path file = Files.createDirectories(root.resolve("inbox")).resolve("dept.xlsx");
        try (XSSFWorkbook dept =
                        new XSSFWorkbook(
                                Files.newInputStream(
                                        EXAMPLES.resolve("qingshan-agri-2023-corrected.xlsx")));
                XSSFWorkbook projects =
                        new XSSFWorkbook(
                                Files.newInputStream(
                                        EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx")))) {
            copy(projects.getSheet("高标准农田建设"), dept.createSheet("高标准农田建设"));
            try (var out = Files.newOutputStream(file)) {
                dept.write(out);
            }
        }
        return file;
    }

    @Test
    void aDepartmentThatCannotBeReadHasItsProjectsScoredWithinTheSameLimit() throws Exception {
        departmentWithProject();
        // the department's sheets present, but its reader finds nothing usable: its projects are
        // then scored on their own, after the department's conversion
        ReadStage unreadable = origin -> new ReadResult(origin, null, List.of());
        Tally tally = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> round(unreadable));
        assertTimedOut(tally);
    }

    @Test
    void aDepartmentReadFineHasItsProjectsScoredWithinTheSameLimit() throws Exception {
        departmentWithProject();
        Tally tally =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(120), () -> round(new SubmissionReader()));
        assertTimedOut(tally);
    }

    private void assertTimedOut(Tally tally) throws IOException {
        Path failed = root.resolve("failed").resolve(RunCommandTest.DAY);
        assertEquals(List.of("dept.xlsx", "dept.xlsx.原因.txt"), names(failed), console.toString());
        String reason =
                Files.readString(failed.resolve("dept.xlsx.原因.txt"), StandardCharsets.UTF_8);
        assertTrue(reason.contains("处理超时：读取和转换该提交超过了 1 秒的时限"), reason);
        assertTrue(console.toString().contains("dept.xlsx 无法读取：处理超时（超过 1 秒）"), console.toString());
        assertTrue(Manifest.read(root.resolve("output")).isEmpty());
        assertTrue(Manifest.readProjects(root.resolve("output")).isEmpty());
        assertTrue(tally.anyFailed());
        assertEquals(0, tally.converted());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The cells' values as the clerk's workbook holds them (a formula's cached result). */
    private static void copy(Sheet from, Sheet to) {
        for (Row r : from) {
            Row nr = to.createRow(r.getRowNum());
            for (Cell c : r) {
                Cell nc = nr.createCell(c.getColumnIndex());
                CellType type =
                        c.getCellType() == CellType.FORMULA
                                ? c.getCachedFormulaResultType()
                                : c.getCellType();
                switch (type) {
                    case NUMERIC -> nc.setCellValue(c.getNumericCellValue());
                    case STRING -> nc.setCellValue(c.getStringCellValue());
                    default -> {}
                }
            }
        }
    }
}
