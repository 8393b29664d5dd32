package org.selfeval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.robust.HostileInputs.GOOD_DEPARTMENT;
import static org.selfeval.robust.HostileInputs.example;
import static org.selfeval.robust.HostileInputs.variant;
import static org.selfeval.robust.HostileInputs.write;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Main;
import org.selfeval.ingest.SubmissionIdentity;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.testing.SeasonFolders;
import picocli.CommandLine;

/**
 * Several departments' submissions in one folder or zip (issue 19, "Identity"). A folder in the
 * inbox is divided: each complete workbook is a submission of the department it names, and files
 * whose sheets complement each other are one more; a zip (one delivered file) holding several is
 * refused, naming each department, and charged to none. One submission never changes another
 * department's status. Real workbooks (the example, edited) through the real pipeline.
 */
class TwoDepartmentsTest {

    private static final String CONVERTED = Status.CONVERTED.label();
    private static final String OTHER = "广州市花都区测试另一个局";
    private static final String THIRD = "广州市花都区第三个局";
    private static final Path SPLIT = Path.of("input-templates/examples/huadu-amr-2023-split");

    @TempDir Path root;

    private final StringWriter err = new StringWriter();

    private int selfeval(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private int run() {
        return selfeval(SeasonFolders.args(root, List.of("run"), "--settle", "0", "--init"));
    }

    private Path zip(Path zip, String... namesAndDepartments) throws IOException {
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < namesAndDepartments.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndDepartments[i]));
                out.write(variant(namesAndDepartments[i + 1]));
                out.closeEntry();
            }
        }
        return zip;
    }

    private Path failed(String name) {
        return root.resolve("failed").resolve(LocalDate.now().toString()).resolve(name);
    }

    private Path archived(String name) {
        return root.resolve("archive").resolve(LocalDate.now().toString()).resolve(name);
    }

    /** The split example's files copied into {@code folder}. */
    private void copySplit(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(SPLIT)) {
            for (Path f : files.toList()) Files.copy(f, folder.resolve(f.getFileName()));
        }
    }

    /** Department → status of every verdict in the record. */
    private Map<String, String> verdicts() throws IOException {
        Map<String, String> byDepartment = new TreeMap<>();
        for (ManifestEntry e : Manifest.read(root.resolve("output")))
            byDepartment.merge(
                    e.department() + "←" + e.source(), e.status().label(), (a, b) -> a + "," + b);
        return byDepartment;
    }

    @Test
    void anInboxFolderOfTwoDepartmentsIsTwoSubmissionsAndAZipOfTwoIsRefusedNamingBoth()
            throws IOException {
        write(root.resolve("inbox/市场监管局.xlsx"), example());
        assertEquals(0, run(), err.toString());
        zip(root.resolve("inbox/两个局.zip"), "另一个局.xlsx", OTHER, "第三个局.xlsx", THIRD);
        write(root.resolve("inbox/一个文件夹/甲.xlsx"), variant(OTHER));
        write(root.resolve("inbox/一个文件夹/乙.xlsx"), variant(THIRD));
        err.getBuffer().setLength(0);

        assertEquals(1, run(), err.toString()); // the zip is refused

        String console = err.toString();
        assertTrue(console.contains("两个局.zip 格式不支持：含有 2 份提交"), console);
        String reason = Files.readString(failed("两个局.zip.原因.txt"), StandardCharsets.UTF_8);
        assertTrue(
                reason.contains("“另一个局.xlsx”：" + OTHER + " 2023 年度")
                        && reason.contains("“第三个局.xlsx”：" + THIRD + " 2023 年度")
                        && reason.contains("分别放入收件文件夹"),
                reason);
        assertEquals(
                Map.of(
                        GOOD_DEPARTMENT + "←市场监管局.xlsx", CONVERTED,
                        OTHER + "←甲.xlsx", CONVERTED,
                        THIRD + "←乙.xlsx", CONVERTED),
                verdicts(),
                console);
        assertTrue(
                Files.isRegularFile(archived("甲.xlsx")) && Files.isRegularFile(archived("乙.xlsx")));
        assertFalse(Files.exists(root.resolve("inbox/一个文件夹")), "emptied, so removed");
        assertTrue(Files.isDirectory(root.resolve("output/2023").resolve(OTHER)));
        assertTrue(Files.isDirectory(root.resolve("output/2023").resolve(THIRD)));
        assertFalse(console.contains("同时出现在"), console);

        // the record rebuilt from archive/ and failed/ gives the same verdicts
        Map<String, String> before = verdicts();
        err.getBuffer().setLength(0);
        assertEquals(
                0,
                selfeval(SeasonFolders.args(root, List.of("record", "rebuild"))),
                err.toString());
        assertEquals(before, verdicts(), err.toString());
    }

    @Test
    void aFolderHoldingOneDepartmentsWorkbookBesideAnothersSplitFilesIsTwoSubmissions()
            throws IOException {
        Path folder = root.resolve("inbox/收到的");
        copySplit(folder);
        write(folder.resolve("另一个局.xlsx"), variant(OTHER));

        assertEquals(0, run(), err.toString());

        assertEquals(
                Map.of(GOOD_DEPARTMENT + "←收到的", CONVERTED, OTHER + "←另一个局.xlsx", CONVERTED),
                verdicts(),
                err.toString());
        assertTrue(
                Files.isRegularFile(archived("收到的/预算表.xlsx")), "the rest is filed as the folder");
        assertFalse(Files.exists(archived("收到的/另一个局.xlsx")));
        assertTrue(Files.isRegularFile(archived("另一个局.xlsx")));
        assertFalse(err.toString().contains("同时出现在"), err.toString());
    }

    @Test
    void filesThatDoNotComplementEachOtherStayOneSubmissionOrAreRefused() throws IOException {
        // a complete workbook beside a second copy of one of its sheets: one submission, and the
        // reader names the sheet found twice
        Path extra = root.resolve("inbox/多一张表");
        write(extra.resolve("市场监管局.xlsx"), example());
        Files.copy(SPLIT.resolve("重点项目.xlsx"), extra.resolve("重点项目.xlsx"));
        // two departments' 基本信息 in files that are not complete: whose other sheets are whose
        // cannot be told
        Path mixed = root.resolve("inbox/混在一起");
        copySplit(mixed);
        write(
                mixed.resolve("另一个局的基本信息.xlsx"),
                variant(OTHER, HostileInputs.removeSheets("收入决算", "支出决算", "绩效指标", "重点项目")));

        assertEquals(1, run(), err.toString());

        String console = err.toString();
        assertEquals(
                Map.of(GOOD_DEPARTMENT + "←多一张表", Status.BLOCKED.label()), verdicts(), console);
        String blocked = Files.readString(failed("多一张表.原因.txt"), StandardCharsets.UTF_8);
        assertTrue(blocked.contains("同时出现在"), blocked);
        assertTrue(console.contains("混在一起 格式不支持：含有 2 个带“基本信息”表的文件"), console);
        String reason = Files.readString(failed("混在一起.原因.txt"), StandardCharsets.UTF_8);
        assertTrue(
                reason.contains("“预算表.xlsx”：" + GOOD_DEPARTMENT)
                        && reason.contains("“另一个局的基本信息.xlsx”：" + OTHER),
                reason);
    }

    @Test
    void convertOfAFolderConvertsEachDepartmentsSubmission() throws IOException {
        Path folder = root.resolve("收到的");
        copySplit(folder);
        write(folder.resolve("另一个局.xlsx"), variant(OTHER));
        write(folder.resolve("第三个局.xlsx"), variant(THIRD));

        int exit = selfeval("convert", folder.toString(), "--out", root.resolve("out").toString());

        assertEquals(0, exit, err.toString());
        assertTrue(err.toString().contains("[3/3]"), err.toString());
        for (String department : List.of(GOOD_DEPARTMENT, OTHER, THIRD)) {
            try (Stream<Path> files = Files.list(root.resolve("out/2023").resolve(department))) {
                assertTrue(
                        files.anyMatch(f -> f.toString().endsWith("自评报告.docx")),
                        department + "\n" + err);
            }
        }
        assertFalse(err.toString().contains("同时出现在"), err.toString());
    }

    @Test
    void convertOfAZipOfTwoDepartmentsConvertsEach() throws IOException {
        Path zip = zip(root.resolve("收到的.zip"), "另一个局.xlsx", OTHER, "第三个局.xlsx", THIRD);

        int exit = selfeval("convert", zip.toString(), "--out", root.resolve("out").toString());

        assertEquals(0, exit, err.toString());
        assertTrue(err.toString().contains("[2/2]"), err.toString());
        for (String department : List.of(OTHER, THIRD)) {
            try (Stream<Path> files = Files.list(root.resolve("out/2023").resolve(department))) {
                assertTrue(
                        files.anyMatch(f -> f.toString().endsWith("自评报告.docx")),
                        department + "\n" + err);
            }
        }
    }

    @Test
    void aSplitSubmissionIsRecognisedBySheetsThatComplementEachOther() throws IOException {
        SubmissionIdentity.Parts split = SubmissionIdentity.divide(SPLIT);
        assertFalse(split.split());
        assertEquals(4, split.rest().size());
        assertEquals(
                List.of("预算表.xlsx"),
                split.restNaming().stream().map(p -> p.getFileName().toString()).toList());

        Path two = root.resolve("two");
        write(two.resolve("a.xlsx"), example());
        write(two.resolve("b.xlsx"), variant(OTHER));
        SubmissionIdentity.Parts parts = SubmissionIdentity.divide(two);
        assertEquals(
                List.of("a.xlsx", "b.xlsx"),
                parts.own().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of(), parts.rest());

        Path alone = root.resolve("alone");
        write(alone.resolve("a.xlsx"), example());
        assertFalse(SubmissionIdentity.divide(alone).split());
        assertEquals(
                "“a.xlsx”：" + GOOD_DEPARTMENT + " 2023 年度",
                SubmissionIdentity.stated(alone.resolve("a.xlsx")));
        assertEquals(
                List.of(),
                SubmissionIdentity.divide(Files.createDirectories(root.resolve("empty"))).rest());
    }
}
