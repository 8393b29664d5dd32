package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code selfeval validate} on the project example, in the three formats: each project's total and
 * findings with their cells; nothing written.
 */
class ProjectValidateTest {

    private static final String EXAMPLE =
            Path.of("input-templates", "examples", "qingshan-agri-2023-projects.xlsx").toString();

    private static String[] run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void theTableListsEachProjectWithItsFindings() {
        String[] r = run("validate", EXAMPLE);
        assertEquals(String.valueOf(ExitCodes.OK), r[0], r[1] + r[2]);
        String out = r[1];
        assertFalse(
                out.contains("缺少工作表"),
                "a project-only workbook is not checked as a department's: " + out);
        assertTrue(out.contains("项目 高标准农田建设（高标准农田建设）：总分 99.85 优"), out);
        assertTrue(out.contains("  农村户厕改造!I13  警告  偏差原因  "), out);
        assertTrue(out.contains("项目 重大动物疫病防控（动物疫病防控）：总分 79 中（按评分规则“执行率60%–70%”封顶，各项之和 85）"), out);
        assertTrue(out.contains("  动物疫病防控!H32  警告  评分规则  "), out);
    }

    @Test
    void csvListsEachProjectsScoreAtItsTotalCellAndEachFindingAtItsCell() throws Exception {
        String[] r = run("validate", EXAMPLE, "--format", "csv");
        assertEquals(String.valueOf(ExitCodes.OK), r[0], r[2]);
        List<CSVRecord> rows =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .get()
                        .parse(new StringReader(r[1]))
                        .getRecords();
        List<CSVRecord> scores = rows.stream().filter(x -> x.get("类型").equals("项目得分")).toList();
        assertEquals(
                List.of("高标准农田建设 99.85 优", "农村户厕改造 98.36 优", "重大动物疫病防控 79 中"),
                scores.stream()
                        .map(x -> x.get("项目") + " " + x.get("得分") + " " + x.get("等级"))
                        .toList());
        assertTrue(
                scores.get(0)
                        .get("说明")
                        .startsWith("全年预算数 1,300.00 万元，全年执行数 1,280.00 万元，执行率 98.46%"),
                scores.get(0).get("说明"));
        assertTrue(scores.get(2).get("说明").contains("按评分规则“执行率60%–70%”"), scores.get(2).get("说明"));
        // the clean project's total is the one its 总分 cell holds, at the 位置 the row names
        String[] where = scores.get(0).get("位置").split("!");
        try (Workbook wb = WorkbookFactory.create(Path.of(EXAMPLE).toFile(), null, true)) {
            CellReference ref = new CellReference(where[1]);
            double cell =
                    wb.getSheet(where[0])
                            .getRow(ref.getRow())
                            .getCell(ref.getCol())
                            .getNumericCellValue();
            assertEquals(
                    "99.85", org.selfeval.model.Formats.plain(java.math.BigDecimal.valueOf(cell)));
        }
        assertEquals(
                List.of("农村户厕改造!I13 警告 P-DEVIATION", "动物疫病防控!H32 警告 P-RULE"),
                rows.stream()
                        .filter(x -> x.get("类型").equals("项目问题"))
                        .map(x -> x.get("位置") + " " + x.get("严重程度") + " " + x.get("规则"))
                        .toList());
        assertEquals("", r[2].lines().filter(l -> l.contains("另有")).findFirst().orElse(""));
    }

    @Test
    void jsonHoldsTheProjectsOfAProjectOnlyWorkbook() {
        String[] r = run("validate", EXAMPLE, "--format", "json");
        assertEquals(String.valueOf(ExitCodes.OK), r[0], r[2]);
        String json = r[1].replaceAll("\\s+", " ");
        assertTrue(
                json.contains("\"hasErrors\": false, \"department\": false, \"findings\": []"),
                json);
        assertTrue(
                json.contains(
                        "\"sheet\": \"动物疫病防控\", \"name\": \"重大动物疫病防控\", \"hasErrors\": false, \"budget\": 400, \"budgetCell\": \"动物疫病防控!"),
                json);
        assertTrue(json.contains("\"rate\": 65, \"total\": 79, "), json);
        assertTrue(
                json.contains("\"grade\": \"中\", \"cap\": \"执行率60%–70%\", \"findings\": [ {"),
                json);
        assertTrue(
                json.contains(
                        "\"cell\": \"动物疫病防控!H32\", \"severity\": \"警告\", \"rule\": \"P-RULE\""),
                json);
        assertEquals(3, json.split("\"sheet\": ").length - 1, json);
    }

    @Test
    void aDepartmentWithItsProjectsBesideIsOneEntryWithBoth(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("青山县农业农村局"));
        Path examples = Path.of(EXAMPLE).getParent();
        Files.copy(
                examples.resolve("qingshan-agri-2023-corrected.xlsx"), folder.resolve("部门.xlsx"));
        Files.copy(Path.of(EXAMPLE), folder.resolve("项目.xlsx"));
        String[] r = run("validate", folder.toString(), "--format", "json");
        assertEquals(String.valueOf(ExitCodes.OK), r[0], r[1] + r[2]);
        String json = r[1].replaceAll("\\s+", " ");
        assertEquals(1, json.split("\"department\": ").length - 1, json);
        assertTrue(json.contains("\"department\": true"), json);
        assertTrue(json.contains("\"scores\": {\"total\": "), json);
        assertEquals(3, json.split("\"sheet\": ").length - 1, json);
        // a project that blocks makes the whole entry and the exit code say so
        try (Workbook wb = WorkbookFactory.create(folder.resolve("项目.xlsx").toFile())) {
            org.apache.poi.ss.usermodel.Sheet s = wb.getSheet("农村户厕改造");
            for (var row : s)
                for (var c : row)
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().equals("年度资金总额"))
                        row.getCell(c.getColumnIndex() + 2).setCellValue(9999);
            Path broken = folder.resolve("项目2.xlsx");
            try (var out = Files.newOutputStream(broken)) {
                wb.write(out);
            }
        }
        Files.delete(folder.resolve("项目.xlsx"));
        r = run("validate", folder.toString(), "--format", "json");
        assertEquals(String.valueOf(ExitCodes.FAILED), r[0], r[1] + r[2]);
        json = r[1].replaceAll("\\s+", " ");
        assertTrue(json.contains("\"hasErrors\": true, \"department\": true"), json);
        assertTrue(json.contains("\"name\": \"农村户厕改造\", \"hasErrors\": true"), json);
    }
}
