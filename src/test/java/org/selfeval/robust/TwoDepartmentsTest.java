package org.selfeval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Main;
import org.selfeval.ingest.SubmissionIdentity;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;
import picocli.CommandLine;

/**
 * A clerk zips (or puts in one folder) two departments' complete workbooks: that is not one split
 * submission. The run refuses the zip or folder as a whole, charged to no department, and the
 * department that already has a good report keeps it; convert of such a folder converts each
 * workbook on its own.
 */
class TwoDepartmentsTest {

    private static final String OTHER = "广州市花都区测试另一个局";

    @TempDir Path root;

    private final StringWriter err = new StringWriter();

    private int selfeval(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private int run() {
        return selfeval(
                "run",
                "--inbox",
                root.resolve("inbox").toString(),
                "--out",
                root.resolve("output").toString(),
                "--archive",
                root.resolve("archive").toString(),
                "--failed",
                root.resolve("failed").toString(),
                "--settle",
                "0",
                "--init");
    }

    private Path zip(Path zip, String... namesAndDepartments) throws IOException {
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < namesAndDepartments.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndDepartments[i]));
                out.write(
                        namesAndDepartments[i + 1] == null
                                ? example()
                                : variant(namesAndDepartments[i + 1]));
                out.closeEntry();
            }
        }
        return zip;
    }

    private Path failed(String name) {
        return root.resolve("failed").resolve(LocalDate.now().toString()).resolve(name);
    }

    @Test
    void aZipAndAFolderOfTwoDepartmentsAreRefusedAsAWholeAndChangeNoDepartmentsStatus()
            throws IOException {
        write(root.resolve("inbox/市场监管局.xlsx"), example());
        assertEquals(0, run(), err.toString());
        zip(root.resolve("inbox/两个局.zip"), "市场监管局.xlsx", OTHER, "另一个局.xlsx", "广州市花都区第三个局");
        write(root.resolve("inbox/一个文件夹/甲.xlsx"), variant(OTHER));
        write(root.resolve("inbox/一个文件夹/乙.xlsx"), variant("广州市花都区第三个局"));
        err.getBuffer().setLength(0);

        assertEquals(1, run(), err.toString());

        String console = err.toString();
        assertTrue(console.contains("两个局.zip 含有 2 份各自完整的自评表，不是一份提交"), console);
        assertTrue(console.contains("一个文件夹 含有 2 份各自完整的自评表"), console);
        String reason = Files.readString(failed("两个局.zip.原因.txt"), StandardCharsets.UTF_8);
        assertTrue(
                reason.contains("“另一个局.xlsx”、“市场监管局.xlsx”") && reason.contains("分别放入收件文件夹"),
                reason);
        assertTrue(Files.isDirectory(failed("一个文件夹")));
        List<ManifestEntry> record = Manifest.read(root.resolve("output"));
        assertEquals(1, record.size(), "no verdict charged to any department: " + record);
        assertEquals(GOOD_DEPARTMENT, record.get(0).department());
        assertEquals(Status.CONVERTED, record.get(0).status(), "the good report stands");
    }

    @Test
    void convertOfAFolderOfTwoDepartmentsConvertsEachWorkbook() throws IOException {
        Path folder = root.resolve("收到的");
        write(folder.resolve("市场监管局.xlsx"), example());
        write(folder.resolve("另一个局.xlsx"), variant(OTHER));

        int exit = selfeval("convert", folder.toString(), "--out", root.resolve("out").toString());

        assertTrue(exit == 0 || exit == 1, err.toString());
        assertTrue(
                err.toString().contains("[1/2]") && err.toString().contains("[2/2]"),
                err.toString());
        assertTrue(
                Files.isDirectory(root.resolve("out/2023").resolve(GOOD_DEPARTMENT)),
                err.toString());
        assertTrue(Files.isDirectory(root.resolve("out/2023").resolve(OTHER)), err.toString());
        assertTrue(!err.toString().contains("同时出现在"), err.toString());
    }

    @Test
    void aSplitSubmissionsFilesComplementEachOther() throws IOException {
        assertEquals(
                1,
                SubmissionIdentity.namingFiles(
                                Path.of("input-templates/examples/huadu-amr-2023-split"))
                        .size());
        Path two = root.resolve("two");
        write(two.resolve("a.xlsx"), example());
        write(two.resolve("b.xlsx"), variant(OTHER));
        assertEquals(2, SubmissionIdentity.namingFiles(two).size());
        List<Path> none =
                new ArrayList<>(
                        SubmissionIdentity.namingFiles(
                                Files.createDirectories(root.resolve("empty"))));
        assertEquals(List.of(), none);
    }
}
