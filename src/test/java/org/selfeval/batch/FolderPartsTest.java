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
        return round(faults, new Settler(Duration.ZERO, d -> {}));
    }

    private Tally round(BatchRun.Faults faults, Settler settler) throws Exception {
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
                            settler,
                            1,
                            RunCommandTest.CLOCK,
                            log)
                    .failingWith(faults)
                    .round(() -> false);
        }
    }

    private static void otherDepartment(Path file) throws IOException {
        department(file, OTHER);
    }

    private static void department(Path file, String name) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(EXAMPLE))) {
            wb.getSheet("基本信息").getRow(2).getCell(1).setCellValue(name);
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

    private Path splitFolder() throws IOException {
        Path folder = Files.createDirectories(root.resolve("inbox/收到的"));
        try (Stream<Path> files = Files.list(SPLIT)) {
            for (Path f : files.toList()) Files.copy(f, folder.resolve(f.getFileName()));
        }
        return folder;
    }

    private List<String> departments() throws IOException {
        return Manifest.read(root.resolve("output")).stream()
                .map(e -> e.department() + " " + e.status())
                .sorted()
                .toList();
    }

    /**
     * A folder still being copied when the run looks (a file arrives while it waits for copies to
     * settle) is left whole for the next round: not even its complete workbook is filed apart.
     */
    @Test
    void aFolderStillBeingCopiedWaitsWhole() throws Exception {
        Path folder = splitFolder();
        otherDepartment(folder.resolve("另一个局.xlsx"));
        Files.delete(folder.resolve("管理指标数据.csv"));
        Settler copying =
                new Settler(
                        Duration.ofSeconds(5),
                        d -> {
                            try {
                                Files.copy(
                                        SPLIT.resolve("管理指标数据.csv"), folder.resolve("管理指标数据.csv"));
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });

        Tally copied = round(BatchRun.Faults.NONE, copying);

        assertTrue(copied.summary().contains("共处理 0 份"), copied.summary() + console);
        assertTrue(copied.summary().contains("1 份仍在复制中，留待下一轮"), copied.summary());
        assertTrue(Files.isRegularFile(folder.resolve("另一个局.xlsx")), "nothing filed apart");
        assertEquals(List.of(), departments());

        Tally next = round(BatchRun.Faults.NONE);

        assertTrue(next.summary().startsWith("完成：共处理 2 份，报告已生成 2 份"), next.summary() + console);
        assertEquals(List.of("广州市花都区市场监督管理局 CONVERTED", OTHER + " CONVERTED"), departments());
        assertFalse(Files.exists(folder));
    }

    /**
     * A complete workbook put into a folder after the run divided it (a copy still going on, a
     * clerk adding a department's file) would be hashed and filed with files it was not read with:
     * the folder is left for the next round, which divides it again and charges each workbook to
     * its own department.
     */
    @Test
    void aWorkbookAddedAfterTheFolderWasDividedWaitsForTheNextRound() throws Exception {
        String third = "广州市花都区测试第三个局";
        Path folder = splitFolder();
        otherDepartment(folder.resolve("另一个局.xlsx"));

        Tally first =
                round(
                        (step, path) -> {
                            if (step == BatchRun.Step.HASH
                                    && path.equals(folder)
                                    && !Files.exists(folder.resolve("第三个局.xlsx")))
                                department(folder.resolve("第三个局.xlsx"), third);
                        });

        assertTrue(first.summary().startsWith("完成：共处理 1 份，报告已生成 1 份"), first.summary() + console);
        assertTrue(first.summary().contains("1 份在处理期间被移走或改动，已跳过"), first.summary() + console);
        assertEquals(List.of(OTHER + " CONVERTED"), departments());
        assertTrue(Files.isRegularFile(folder.resolve("第三个局.xlsx")));
        assertTrue(Files.isRegularFile(folder.resolve("预算表.xlsx")), "the rest waits");

        Tally next = round(BatchRun.Faults.NONE);

        assertTrue(next.summary().startsWith("完成：共处理 2 份，报告已生成 2 份"), next.summary() + console);
        assertEquals(
                List.of("广州市花都区市场监督管理局 CONVERTED", OTHER + " CONVERTED", third + " CONVERTED"),
                departments());
        assertFalse(Files.exists(folder));
    }

    /**
     * A folder that was one (split) submission when divided, and got another department's complete
     * workbook before it was read, is not read as one submission with every sheet twice: it waits,
     * and the next round makes two.
     */
    @Test
    void aFolderThatBecameTwoSubmissionsAfterItWasDividedIsNotReadAsOne() throws Exception {
        Path folder = splitFolder();

        Tally first =
                round(
                        (step, path) -> {
                            if (step == BatchRun.Step.HASH
                                    && path.equals(folder)
                                    && !Files.exists(folder.resolve("另一个局.xlsx")))
                                otherDepartment(folder.resolve("另一个局.xlsx"));
                        });

        assertTrue(first.summary().startsWith("完成：共处理 0 份"), first.summary() + console);
        assertEquals(List.of(), departments(), "no department charged with the other's sheets");

        Tally next = round(BatchRun.Faults.NONE);

        assertTrue(next.summary().startsWith("完成：共处理 2 份，报告已生成 2 份"), next.summary() + console);
        assertEquals(List.of("广州市花都区市场监督管理局 CONVERTED", OTHER + " CONVERTED"), departments());
    }
}
