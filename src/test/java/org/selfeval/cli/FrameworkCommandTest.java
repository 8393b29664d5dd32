package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.FrameworkWorkbook;
import org.selfeval.template.TemplateWriter;
import org.selfeval.template.WorkbookSnapshot;
import picocli.CommandLine;

/**
 * {@code selfeval framework list|export} and {@code --framework} on templates, as staff type them.
 */
class FrameworkCommandTest {

    @TempDir Path dir;

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Result(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void listNamesEachBuiltInFrameworkOnALine() {
        Result r = run("framework", "list");
        assertEquals(ExitCodes.OK, r.exit());
        assertEquals(
                List.of(
                        "guangzhou-2023\t广州市区级部门整体支出绩效评价指标体系\t2023\t（默认）",
                        "caiyu-2020\t部门整体支出绩效自评表（财预〔2020〕10号）\t2020",
                        "project-caiyu-2020\t项目支出绩效自评表（财预〔2020〕10号）\t2020\t（项目支出）"),
                r.out().lines().toList());
    }

    @Test
    void exportWritesTheEditableWorkbookAndNeverOverwritesSilently() throws IOException {
        Path file = dir.resolve("caiyu.xlsx");
        assertEquals(
                ExitCodes.OK,
                run("framework", "export", "caiyu-2020", "--out", file.toString()).exit());
        assertEquals(
                BuiltInFrameworks.get("caiyu-2020").orElseThrow().tree(),
                FrameworkWorkbook.load(file, List.of()).tree());
        Result again = run("framework", "export", "caiyu-2020", "--out", file.toString());
        assertEquals(ExitCodes.FAILED, again.exit());
        assertTrue(
                again.err().contains("文件已存在，未覆盖") && again.err().contains("--force"), again.err());
        Result unknown =
                run(
                        "framework",
                        "export",
                        "shanghai-2024",
                        "--out",
                        dir.resolve("x.xlsx").toString());
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertTrue(
                unknown.err().contains("没有名为“shanghai-2024”的内置指标体系；可用的有：guangzhou-2023、caiyu-2020"),
                unknown.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void templatesForAnotherFrameworkCarryItsNameAndItsTree() throws IOException {
        Result r = run("templates", "--framework", "caiyu-2020", "--out", dir.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        Path written = dir.resolve("部门整体支出绩效自评模板（caiyu-2020）.xlsx");
        assertEquals(
                WorkbookSnapshot.of(
                        new TemplateWriter(BuiltInFrameworks.get("caiyu-2020").orElseThrow())
                                .bytes()),
                WorkbookSnapshot.of(written));
        assertFalse(
                Files.exists(dir.resolve(TemplateWriter.FILE_NAME)),
                "the default template is not written too");
    }

    /**
     * Severities and tolerances travel with the framework: the export lists them on 校验规则, an edit
     * takes effect.
     */
    @Test
    void theRulesSheetOfAFrameworkSetsSeveritiesAtItsRows() throws IOException {
        Path file = dir.resolve("gz.xlsx");
        assertEquals(
                ExitCodes.OK,
                run("framework", "export", "guangzhou-2023", "--out", file.toString()).exit());
        String example = "input-templates/examples/huadu-amr-2023-corrected.xlsx";
        assertTrue(run("validate", "--format", "csv", example).out().contains(",提示,R-X-INCOME,"));
        int row = setRule(file, "severity.R-X-INCOME", "警告");
        Result edited = run("validate", "--format", "csv", "--framework", file.toString(), example);
        assertEquals(ExitCodes.OK, edited.exit(), edited.err());
        assertTrue(edited.out().contains(",警告,R-X-INCOME,"), edited.out());
        assertEquals(row, setRule(file, "severity.R-X-INCOME", "严重"));
        Result wrong = run("validate", "--framework", file.toString(), example);
        assertEquals(ExitCodes.USAGE, wrong.exit());
        assertTrue(
                wrong.err()
                        .contains(
                                "指标体系文件 gz.xlsx 校验规则 第 "
                                        + row
                                        + " 行（severity.R-X-INCOME）：严重程度“严重”无效"),
                wrong.err());
    }

    /** Sets a 校验规则 value in the workbook; returns the row (1-based) it is on. */
    private static int setRule(Path file, String key, String value) throws IOException {
        try (var in = Files.newInputStream(file);
                var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            for (var r : wb.getSheet("校验规则")) {
                if (r.getCell(0) != null && key.equals(r.getCell(0).getStringCellValue())) {
                    r.getCell(1).setCellValue(value);
                    try (var out = Files.newOutputStream(file)) {
                        wb.write(out);
                    }
                    return r.getRowNum() + 1;
                }
            }
        }
        throw new AssertionError("no rule " + key);
    }

    @Test
    void aBrokenFrameworkWorkbookStopsEveryCommandWithItsCells() throws IOException {
        Path broken = Files.write(dir.resolve("broken.xlsx"), new byte[] {1, 2, 3});
        for (String command : List.of("templates", "validate")) {
            Result r =
                    command.equals("templates")
                            ? run(
                                    command,
                                    "--framework",
                                    broken.toString(),
                                    "--out",
                                    dir.toString())
                            : run(
                                    command,
                                    "--framework",
                                    broken.toString(),
                                    "input-templates/examples/huadu-amr-2023-corrected.xlsx");
            assertEquals(ExitCodes.USAGE, r.exit(), command);
            assertTrue(
                    r.err().contains("指标体系文件 broken.xlsx 有 1 处需要修改")
                            && r.err().contains("无法作为 Excel 工作簿打开"),
                    command + ": " + r.err());
        }
        Result name =
                run(
                        "validate",
                        "--framework",
                        "guangzhou-2042",
                        "input-templates/examples/huadu-amr-2023-corrected.xlsx");
        assertEquals(ExitCodes.USAGE, name.exit());
        assertTrue(name.err().contains("既不是内置指标体系的名称（guangzhou-2023、caiyu-2020）"), name.err());
    }
}
