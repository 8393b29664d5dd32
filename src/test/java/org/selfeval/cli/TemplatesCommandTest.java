package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.summary.roster.RosterFiles;
import org.selfeval.summary.roster.RosterTemplate;
import org.selfeval.template.TemplateWriter;
import org.selfeval.template.WorkbookSnapshot;
import picocli.CommandLine;

class TemplatesCommandTest {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path target() {
        return dir.resolve(TemplateWriter.FILE_NAME);
    }

    @Test
    void writesTheTemplateIntoOut() throws IOException {
        assertEquals(ExitCodes.OK, run("templates", "--out", dir.toString()));
        assertEquals(
                WorkbookSnapshot.of(new TemplateWriter().bytes()), WorkbookSnapshot.of(target()));
        assertTrue(out.toString().contains("已生成模板"));
        assertEquals(
                WorkbookSnapshot.of(RosterTemplate.bytes()),
                WorkbookSnapshot.of(dir.resolve(RosterFiles.FILE_NAME)));
        try (var files = Files.list(dir)) {
            assertEquals(
                    2,
                    files.count(),
                    "the template and the blank roster, no temporary file left behind");
        }
    }

    @Test
    void rerunOnAnUpToDateTemplateSucceedsQuietly() {
        run("templates", "--out", dir.toString());
        assertEquals(ExitCodes.OK, run("templates", "--out", dir.toString()));
        assertTrue(out.toString().contains("已是最新"));
    }

    @Test
    void refusesToOverwriteADifferentFileWithoutForce() throws IOException {
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("基本信息").createRow(0).createCell(0).setCellValue("已填写的内容");
            var bytes = new java.io.ByteArrayOutputStream();
            wb.write(bytes);
            filled = bytes.toByteArray();
        }
        Files.write(target(), filled);

        assertEquals(ExitCodes.FAILED, run("templates", "--out", dir.toString()));
        assertTrue(err.toString().contains("--force"), err.toString());
        assertArrayEquals(filled, Files.readAllBytes(target()), "the staff's file is untouched");

        assertEquals(ExitCodes.OK, run("templates", "--out", dir.toString(), "--force"));
        assertEquals(
                WorkbookSnapshot.of(new TemplateWriter().bytes()), WorkbookSnapshot.of(target()));
    }

    @Test
    void aFilledRosterIsNeverOverwrittenWithoutForce() throws Exception {
        Path roster =
                org.selfeval.summary.roster.RosterWorkbooks.write(
                        dir.resolve(RosterFiles.FILE_NAME),
                        new String[] {"广州市花都区教育局", "101001", "张三", "020-86880001"});
        byte[] filled = Files.readAllBytes(roster);

        assertEquals(ExitCodes.FAILED, run("templates", "--out", dir.toString()));
        assertTrue(err.toString().contains("未覆盖：" + roster), err.toString());
        assertArrayEquals(filled, Files.readAllBytes(roster), "the bureau's roster is untouched");
        assertEquals(
                WorkbookSnapshot.of(new TemplateWriter().bytes()),
                WorkbookSnapshot.of(target()),
                "the submission template is still written");
    }

    @Test
    void anUnreadableFileCountsAsDifferent() throws IOException {
        Files.writeString(target(), "not a workbook");
        assertEquals(ExitCodes.FAILED, run("templates", "--out", dir.toString()));
    }
}
