package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.report.DocxRenderer;

/**
 * A folder divided into submissions files its complete workbooks one by one, then itself with the
 * rest: when filing one of those workbooks fails, the rest waits with it, so the workbook left for
 * retry is never swept into the rest's folder (real workbooks, the real pipeline).
 */
class FolderPartsTest {

    private static final Path EXAMPLE =
            Path.of("input-templates/examples/huadu-amr-2023-corrected.xlsx");
    private static final Path SPLIT = Path.of("input-templates/examples/huadu-amr-2023-split");
    private static final String OTHER = "广州市花都区测试另一个局";

    @TempDir Path root;

    private final StringWriter console = new StringWriter();

    private Tally round(BatchRun.Faults faults) throws Exception {
        BatchFolders folders =
                new BatchFolders(
                        root.resolve("inbox"),
                        root.resolve("output"),
                        root.resolve("archive"),
                        root.resolve("failed"));
        folders.create(true);
        try (Manifest manifest = Manifest.load(folders.out());
                RunLog log =
                        RunLog.open(
                                folders.out(),
                                new PrintWriter(console, true),
                                RunCommandTest.CLOCK)) {
            return new BatchRun(
                            new Pipeline(
                                    new SubmissionReader(), new Evaluator(), new DocxRenderer()),
                            folders,
                            manifest,
                            new Settler(Duration.ZERO, d -> {}),
                            1,
                            RunCommandTest.CLOCK,
                            log)
                    .failingWith(faults)
                    .round(() -> false);
        }
    }

    private static void otherDepartment(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(EXAMPLE))) {
            wb.getSheet("基本信息").getRow(2).getCell(1).setCellValue(OTHER);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    @Test
    void theRestWaitsWhenACompleteWorkbookOfItsFolderCouldNotBeFiled() throws Exception {
        Path folder = Files.createDirectories(root.resolve("inbox/收到的"));
        try (Stream<Path> files = Files.list(SPLIT)) {
            for (Path f : files.toList()) Files.copy(f, folder.resolve(f.getFileName()));
        }
        otherDepartment(folder.resolve("另一个局.xlsx"));

        Tally faulty =
                round(
                        (step, path) -> {
                            if (step == BatchRun.Step.MOVE
                                    && path.getFileName().toString().equals("另一个局.xlsx"))
                                throw new IOException("No space left on device");
                        });

        assertTrue(faulty.summary().contains("程序内部错误 2 份"), faulty.summary() + console);
        assertTrue(
                console.toString().contains("收到的 文件夹中有完整的工作簿未能归档，其余文件一并留在收件文件夹"),
                console.toString());
        assertTrue(Files.isRegularFile(folder.resolve("另一个局.xlsx")), "left for the next run");
        assertTrue(Files.isRegularFile(folder.resolve("预算表.xlsx")), "the rest waits with it");
        assertEquals(List.of(), Manifest.read(root.resolve("output")), "no verdict");

        Tally next = round(BatchRun.Faults.NONE);

        assertTrue(next.summary().startsWith("完成：共处理 2 份，报告已生成 2 份"), next.summary() + console);
        assertEquals(
                List.of(OTHER, "广州市花都区市场监督管理局"),
                Manifest.read(root.resolve("output")).stream()
                        .map(ManifestEntry::department)
                        .toList());
        assertFalse(Files.exists(folder));
    }
}
