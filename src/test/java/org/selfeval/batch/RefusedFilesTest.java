package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.StatusCommand;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.RefusedFile;
import org.selfeval.summary.roster.RosterFiles;
import org.selfeval.summary.roster.RosterWorkbooks;
import picocli.CommandLine;

/** Every file received is in the bureau's view: a department that sent only an .ods is not shown as 未报送 silently. */
class RefusedFilesTest {

    private static final String EDUCATION = "广州市花都区教育局";

    @TempDir
    Path root;

    @Test
    void refusedFilesAreRecordedUnderTheDepartmentTheirNameRevealsAndListedByStatus() throws IOException {
        RosterWorkbooks.write(root.resolve(RosterFiles.FILE_NAME),
                new String[]{EDUCATION, "101001", "张三", "020-86880001"},
                new String[]{RunCommandTest.GOOD, "101002", "李四", "020-86880002"});
        FakeStages.workbook(root.resolve("inbox/good.xlsx"), RunCommandTest.GOOD, "2023");
        Files.writeString(root.resolve("inbox/" + EDUCATION + "自评表.ods"), "PK", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("inbox/说明.docx"), "PK", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();

        assertEquals(ExitCodes.FAILED, RunCommandTest.run(root, err, d -> { }, "--init"), err.toString());

        List<RefusedFile> refused = Manifest.readRefused(root.resolve("output"));
        assertEquals(List.of(EDUCATION + "自评表.ods", "说明.docx"), refused.stream().map(RefusedFile::file).toList());
        assertEquals(List.of(EDUCATION, ""), refused.stream().map(RefusedFile::department).toList());
        assertEquals(List.of("2023", "2023"), refused.stream().map(RefusedFile::year).toList(),
                "the year being collected when they came, though they carry none");

        CommandLine status = new CommandLine(new StatusCommand());
        StringWriter out = new StringWriter();
        status.setOut(new PrintWriter(out, true));
        status.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(ExitCodes.OK, status.execute("--inbox", root.resolve("inbox").toString(),
                "--out", root.resolve("output").toString()));
        String table = out.toString();
        assertTrue(table.contains("另有 2 个文件收到后未能处理"), table);
        assertTrue(table.contains("  " + EDUCATION + "：" + EDUCATION + "自评表.ods — "), table);
        assertTrue(table.contains("  （无法识别部门）：说明.docx — "), table);
    }
}
