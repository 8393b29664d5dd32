package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.Main;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectFrameworkSource;
import org.selfeval.framework.ProjectFrameworkWorkbook;
import org.selfeval.ingest.ProjectSubmissionReader;
import org.selfeval.model.Finding;
import org.selfeval.model.ProjectSubmission;
import org.selfeval.model.Severity;
import org.selfeval.project.ProjectEvaluation;
import org.selfeval.project.ProjectEvaluator;
import org.selfeval.project.ProjectSamples;
import org.selfeval.report.Docx;
import org.selfeval.testing.ProjectFill;
import org.selfeval.testing.SeasonFolders;
import picocli.CommandLine;

/**
 * The bureau puts its own 2023 project framework in effect (project-caiyu-2020 exported with {@code
 * selfeval framework export}, renamed project-county-2023, 年度 2023, 全年预算数 called 调整后预算数) as
 * 项目指标体系.xlsx beside the inbox. A 2023 project sheet still filled on the built-in template is told
 * at its 指标体系 cell (P-FRAMEWORK 警告, in the console and the project 校验报告); a 2022 sheet on the
 * built-in one is not (last year's table for last year); a sheet naming last year's bureau
 * framework gets the reader's READ-PROJECT-FRAMEWORK. The clerk who follows the advice — the same
 * figures on the template {@code selfeval templates} writes for the bureau's framework — gets a
 * clean table.
 */
class ProjectFrameworkYearTest {

    static final ProjectFramework NATIONAL = BuiltInProjectFrameworks.defaultFramework();

    @TempDir Path root;

    private final StringWriter console = new StringWriter();

    private int selfeval(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(console, true));
        cl.setOut(new PrintWriter(console, true));
        return cl.execute(args);
    }

    private int run() {
        return selfeval(SeasonFolders.args(root, List.of("run", "--settle", "0")));
    }

    /** The built-in project framework exported by the command and edited in Excel. */
    private Path bureausFramework() throws Exception {
        return bureausFramework(root.resolve(ProjectFrameworkSource.NEARBY_FILE_NAME), true);
    }

    /**
     * The built-in project framework exported and renamed for 2023; {@code relabel}: 全年预算数 called
     * 调整后预算数 too (a table of other headings), else the same table under this year's name.
     */
    private Path bureausFramework(Path file, boolean relabel) throws Exception {
        Path exported = root.resolve("导出.xlsx");
        assertEquals(
                ExitCodes.OK,
                selfeval("framework", "export", NATIONAL.name(), "--out", exported.toString()),
                console.toString());
        try (InputStream in = Files.newInputStream(exported);
                XSSFWorkbook wb = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet info = wb.getSheet("框架信息");
            for (Row r : info) {
                String key = r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue();
                switch (key) {
                    case "名称" -> r.getCell(1).setCellValue("project-county-2023");
                    case "标题" -> r.getCell(1).setCellValue("某县项目支出绩效自评表（2023年版）");
                    case "年度" -> r.getCell(1).setCellValue("2023");
                    default -> {}
                }
            }
            for (Row r : wb.getSheet("表格"))
                if (relabel
                        && r.getCell(2) != null
                        && "全年预算数".equals(r.getCell(2).getStringCellValue()))
                    r.getCell(2).setCellValue("调整后预算数");
            wb.write(out);
        }
        return file;
    }

    /** A clean project (99.5 分) of {@code department} for {@code year}, as a clerk fills it. */
    private static void fill(ProjectFill p, String department, String year) {
        ProjectSamples.clean(p, "高标准农田建设", department, year);
    }

    private Path write(String name, XSSFWorkbook wb) throws Exception {
        Path file = root.resolve("inbox").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, ProjectFill.bytes(wb));
    }

    private Path auditReport(String year, String department) {
        return root.resolve("output")
                .resolve(year)
                .resolve(department)
                .resolve("项目支出绩效自评")
                .resolve(year + "年度" + department + "项目支出绩效自评校验报告.docx");
    }

    @Test
    void aSheetOfTheBureausYearOnAnotherFrameworkIsToldAtItsCellAndTheTemplateClearsIt()
            throws Exception {
        ProjectFramework county = ProjectFrameworkWorkbook.load(bureausFramework());
        String cell;
        try (XSSFWorkbook wb = ProjectFill.template(NATIONAL, 1)) {
            ProjectFill p = ProjectFill.sheet(NATIONAL, wb, 1);
            fill(p, "旧模板局", "2023");
            cell = "项目1!" + cellRight(p, "指标体系");
            write("旧模板局.xlsx", wb);
        }
        try (XSSFWorkbook wb = ProjectFill.template(NATIONAL, 1)) {
            fill(ProjectFill.sheet(NATIONAL, wb, 1), "去年局", "2022");
            write("去年局.xlsx", wb);
        }
        try (XSSFWorkbook wb = ProjectFill.template(county, 1)) {
            ProjectFill p = ProjectFill.sheet(county, wb, 1);
            fill(p, "旧名局", "2023");
            p.key("指标体系", "project-county-2022");
            write("旧名局.xlsx", wb);
        }

        assertEquals(ExitCodes.OK, run(), console.toString());
        String out = console.toString();
        assertTrue(out.contains("项目指标体系：某县项目支出绩效自评表（2023年版），文件 "), out);
        // scored by what it names (the built-in table), and told so
        assertTrue(out.contains("  项目 旧模板局 2023 高标准农田建设 99.5 优 自评表已生成（1 项警告）"), out);
        assertTrue(out.contains("  项目 去年局 2022 高标准农田建设 99.5 优 自评表已生成"), out);
        assertFalse(out.contains("  项目 去年局 2022 高标准农田建设 99.5 优 自评表已生成（"), out);

        List<List<String>> told = problems(auditReport("2023", "旧模板局"));
        assertEquals(1, told.size(), told.toString());
        List<String> row = told.get(0);
        assertEquals("警告\n指标体系核对", row.get(1));
        assertEquals(cell + "\n指标体系", row.get(2));
        assertEquals("project-county-2023", row.get(3));
        assertEquals(NATIONAL.name(), row.get(4));
        assertTrue(
                row.get(5)
                        .startsWith(
                                "本次使用的2023年度项目指标体系是“某县项目支出绩效自评表（2023年版）”，"
                                        + "这张2023年度的项目表却按“"
                                        + NATIONAL.label()
                                        + "”填写"),
                row.get(5));
        assertTrue(
                row.get(5)
                        .contains(
                                "两者的表格或指标不同（本年度的模板有“调整后预算数”），只改该格不够：请用本年度的项目支出绩效自评模板"
                                        + "（selfeval templates --framework 项目指标体系工作簿 生成，“指标体系”一格预填“project-county-2023”）重新填报"),
                row.get(5));
        assertEquals(List.of(), problems(auditReport("2022", "去年局")), "last year's table");
        // last year's bureau framework by name: the reader's warning at the same cell, asking for
        // this year's name
        List<List<String>> renamed = problems(auditReport("2023", "旧名局"));
        assertEquals(1, renamed.size(), renamed.toString());
        assertEquals(cell + "\n指标体系", renamed.get(0).get(2));
        assertEquals(
                List.of("project-county-2023", "project-county-2022"),
                renamed.get(0).subList(3, 5));

        // the advice followed: the bureau's template, as selfeval templates writes it, refilled
        Path templates = root.resolve("模板");
        Path frameworkFile = root.resolve(ProjectFrameworkSource.NEARBY_FILE_NAME);
        assertEquals(
                ExitCodes.OK,
                selfeval(
                        "templates",
                        "--framework",
                        frameworkFile.toString(),
                        "--out",
                        templates.toString()),
                console.toString());
        Path template;
        try (var files = Files.list(templates)) {
            template = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(template);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            fill(ProjectFill.sheet(county, wb, 1), "旧模板局", "2023");
            // the sheets left blank deleted, as the 提示 on a blank sheet says
            wb.removeSheetAt(wb.getSheetIndex("项目3"));
            wb.removeSheetAt(wb.getSheetIndex("项目2"));
            write("旧模板局-重报.xlsx", wb);
        }
        console.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run(), console.toString());
        assertTrue(
                console.toString().contains("  项目 旧模板局 2023 高标准农田建设 99.5 优 自评表已生成\n"),
                console.toString());
        List<String> again = reportsOf("2023", "旧模板局");
        assertEquals(2, again.size(), again.toString());
        assertEquals(
                List.of(),
                problems(
                        auditReport("2023", "旧模板局")
                                .resolveSibling("2023年度旧模板局项目支出绩效自评校验报告-2.docx")));
    }

    /**
     * The built-in framework in effect (a mixed inbox): a 2023 sheet naming it is not questioned.
     */
    @Test
    void withTheBuiltInTableInEffectNothingIsQuestioned() throws Exception {
        ProjectFramework county = ProjectFrameworkWorkbook.load(bureausFramework());
        Path file;
        try (XSSFWorkbook wb = ProjectFill.template(NATIONAL, 1)) {
            fill(ProjectFill.sheet(NATIONAL, wb, 1), "某局", "2023");
            file = write("某局.xlsx", wb);
        }
        assertEquals(List.of(), framework(file, NATIONAL));
        List<Finding> told = framework(file, county);
        assertEquals(1, told.size(), told.toString());
        assertEquals(Severity.WARNING, told.get(0).severity());
        assertEquals("project-county-2023", told.get(0).expected());
        assertEquals(NATIONAL.name(), told.get(0).found());
    }

    /**
     * The bureau's 2023 framework is the national table under this year's name: the message says
     * typing that name in the cell is enough, and the clerk who types the value the finding gives
     * gets a clean table, scored the same.
     */
    @Test
    void whenOnlyTheNameDiffersTypingThisYearsNameClearsIt() throws Exception {
        ProjectFramework renamed =
                ProjectFrameworkWorkbook.load(bureausFramework(root.resolve("同表.xlsx"), false));
        Path file;
        try (XSSFWorkbook wb = ProjectFill.template(NATIONAL, 1)) {
            fill(ProjectFill.sheet(NATIONAL, wb, 1), "某局", "2023");
            file = write("某局.xlsx", wb);
        }
        List<Finding> told = framework(file, renamed);
        assertEquals(1, told.size(), told.toString());
        assertTrue(
                told.get(0)
                        .message()
                        .endsWith(
                                "两者的表格和指标相同，请把该格改为“project-county-2023”（本年度模板预填的名称），或向财政局确认所用项目指标体系。"),
                told.get(0).message());
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            ProjectFill.sheet(NATIONAL, wb, 1).key("指标体系", told.get(0).expected());
            Files.write(file, ProjectFill.bytes(wb));
        }
        var forSheets = ProjectFrameworkSource.forSheets(renamed);
        ProjectSubmission s = new ProjectSubmissionReader(forSheets).read(file);
        ProjectEvaluation e =
                new ProjectEvaluator(forSheets).evaluate(s.projects().get(0), null, null);
        assertEquals(List.of(), e.findings());
        assertEquals(
                List.of(),
                s.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
        assertEquals(0, new java.math.BigDecimal("99.5").compareTo(e.total()));
        assertEquals(renamed, e.framework());
    }

    private static List<Finding> framework(Path file, ProjectFramework inEffect) {
        var forSheets = ProjectFrameworkSource.forSheets(inEffect);
        ProjectSubmission s = new ProjectSubmissionReader(forSheets).read(file);
        ProjectEvaluation e =
                new ProjectEvaluator(forSheets).evaluate(s.projects().get(0), null, null);
        return e.findings().stream().filter(f -> f.ruleId().equals("P-FRAMEWORK")).toList();
    }

    /**
     * The rows of a project 校验报告's 问题清单 (each cell's lines joined by "\n"), none when it says
     * 未发现问题。
     */
    private static List<List<String>> problems(Path report) throws Exception {
        Docx docx = new Docx(Files.readAllBytes(report));
        if (docx.allText().contains("二、问题清单\n未发现问题。")) return List.of();
        List<List<String>> rows = Docx.cellLines(docx.tables().get(docx.tables().size() - 1));
        return rows.subList(1, rows.size());
    }

    private List<String> reportsOf(String year, String department) throws Exception {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(auditReport(year, department).getParent())) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.contains("校验报告"))
                    .sorted()
                    .forEach(names::add);
        }
        return names;
    }

    /** The address of the cell right of a heading key, as the reader cites it. */
    private static String cellRight(ProjectFill p, String key) {
        int row = p.rowOf(key);
        Sheet s = p.poiSheet();
        for (var c : s.getRow(row))
            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && key.equals(c.getStringCellValue()))
                return new org.apache.poi.ss.util.CellReference(row, c.getColumnIndex() + 1)
                        .formatAsString();
        throw new IllegalStateException(key);
    }
}
