package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.Main;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectFrameworkWorkbook;
import org.selfeval.report.Docx;
import org.selfeval.testing.ProjectFill;
import picocli.CommandLine;

/**
 * A bureau's project framework placed next to the inbox as 项目指标体系.xlsx (a province's edit of
 * project-caiyu-2020: 调整后预算数 for 全年预算数, 产出 60 and 效益 30 with no 满意度): the nightly run uses it
 * without --framework, as it uses 指标体系.xlsx for departments, and 汇总's 项目 sheet, its CSV, status and
 * the project's own table name the budget column in the framework's words, the total with its 满分.
 */
class ProjectFrameworkNearbyTest {

    @TempDir Path root;

    private final StringWriter console = new StringWriter();

    private int selfeval(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(console, true));
        cl.setOut(new PrintWriter(console, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--inbox", root.resolve("inbox").toString()));
        all.addAll(List.of("--out", root.resolve("output").toString()));
        if (args[0].equals("run")) {
            all.addAll(List.of("--archive", root.resolve("archive").toString()));
            all.addAll(List.of("--failed", root.resolve("failed").toString()));
        }
        return cl.execute(all.toArray(String[]::new));
    }

    /** The built-in project framework exported and edited as docs/framework.md's province does. */
    private Path province(Path file) throws Exception {
        try (Workbook wb =
                        WorkbookFactory.create(
                                new ByteArrayInputStream(
                                        ProjectFrameworkWorkbook.export(
                                                BuiltInProjectFrameworks.defaultFramework())));
                OutputStream out = Files.newOutputStream(file)) {
            wb.getSheet("框架信息").getRow(1).getCell(1).setCellValue("project-province-2024");
            for (Row r : wb.getSheet("表格"))
                if (r.getCell(2) != null && "全年预算数".equals(r.getCell(2).getStringCellValue()))
                    r.getCell(2).setCellValue("调整后预算数");
            Sheet tree = wb.getSheet("绩效指标");
            for (Row r : tree)
                if (r.getCell(0) != null
                        && "产出指标".equals(r.getCell(0).getStringCellValue())
                        && r.getCell(1) == null) r.getCell(2).setCellValue(60);
            for (int r = tree.getLastRowNum(); r > 0; r--) {
                if (tree.getRow(r) != null
                        && "满意度指标".equals(tree.getRow(r).getCell(0).getStringCellValue()))
                    tree.removeRow(tree.getRow(r));
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void theRunUsesTheBureausProjectFrameworkBesideTheInboxAndItsWordsReachTheSummary()
            throws Exception {
        Files.createDirectories(root.resolve("inbox"));
        ProjectFramework framework =
                ProjectFrameworkWorkbook.load(province(root.resolve("项目指标体系.xlsx")));
        try (XSSFWorkbook wb = ProjectFill.template(framework, 1)) {
            ProjectFill p = ProjectFill.sheet(framework, wb, 1);
            p.key("项目名称", "省级项目").key("主管部门", "某厅").key("评价年度", "2024");
            p.funds("年度资金总额", "200", "200", "190");
            p.funds("其中：本年财政拨款", "200", "200", "190");
            p.indicator("产出指标", "数量指标", "培训人数", "≥500", "520", "60", "60", null);
            p.indicator("效益指标", "社会效益指标", "就业率", "≥60%", "65%", "30", "30", null);
            Files.write(root.resolve("inbox/省级项目.xlsx"), ProjectFill.bytes(wb));
        }
        // the department's own workbook with a project sheet of the province's table copied in,
        // its 主管部门 and 评价年度 left to the department's
        try (XSSFWorkbook wb = ProjectFill.template(framework, 1);
                XSSFWorkbook dept =
                        new XSSFWorkbook(
                                Files.newInputStream(
                                        Path.of(
                                                "input-templates/examples/qingshan-agri-2023-corrected.xlsx")))) {
            ProjectFill p = ProjectFill.sheet(framework, wb, 1);
            p.key("项目名称", "农机购置补贴");
            p.funds("年度资金总额", "300", "300", "240");
            p.funds("其中：本年财政拨款", "300", "300", "240");
            p.indicator("产出指标", "数量指标", "补贴农机", "≥100", "120", "60", "60", null);
            p.indicator("效益指标", "经济效益指标", "农户增收", "≥5", "6", "30", "30", null);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            copy(wb.getSheet("项目1"), dept.createSheet("农机购置补贴"));
            Files.write(root.resolve("inbox/部门.xlsx"), ProjectFill.bytes(dept));
        }

        assertEquals(ExitCodes.OK, selfeval("run", "--settle", "0"), console.toString());
        String out = console.toString();
        assertTrue(
                out.contains(
                        "项目指标体系："
                                + framework.label()
                                + "，文件 "
                                + root.resolve("项目指标体系.xlsx").toAbsolutePath()),
                out);
        // read and scored by the province's table: no warning that the sheet names another
        assertFalse(out.contains("READ-PROJECT-FRAMEWORK"), out);
        assertTrue(out.contains("  项目 某厅 2024 省级项目 99.5 优 自评表已生成"), out);

        Path output = root.resolve("output");
        try (XSSFWorkbook summary =
                new XSSFWorkbook(Files.newInputStream(output.resolve("2024/汇总.xlsx")))) {
            Row head = summary.getSheet("项目").getRow(0);
            List<String> header = new ArrayList<>();
            for (Cell c : head) header.add(c.getStringCellValue().replace("\n", ""));
            assertEquals(
                    List.of("调整后预算数（万元）", "全年执行数（万元）", "执行率", "总分（满分100）"), header.subList(2, 6));
            Row row = summary.getSheet("项目").getRow(1);
            assertEquals(200.0, row.getCell(2).getNumericCellValue());
            assertEquals(99.5, row.getCell(5).getNumericCellValue());
        }
        String csv = Files.readString(output.resolve("2024/汇总-项目.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF主管部门,项目名称,调整后预算数（万元）,全年执行数（万元）,执行率,总分（满分100）,等级,"), csv);

        console.getBuffer().setLength(0);
        selfeval("status", "--format", "json", "--year", "2024");
        assertTrue(console.toString().contains("\"调整后预算数（万元）\":\"200.00\""), console.toString());
        assertTrue(console.toString().contains("\"总分（满分100）\":\"99.50\""), console.toString());

        // the project's own table heads its funds with the province's word
        Docx table =
                new Docx(
                        Files.readAllBytes(
                                output.resolve("2024/某厅/项目支出绩效自评/2024年度省级项目项目支出绩效自评表.docx")));
        List<String> funds =
                Docx.cells(table.tables().get(1)).get(0).stream()
                        .map(h -> h.replace("\n", ""))
                        .toList();
        assertTrue(funds.contains("调整后预算数"), funds.toString());
        assertFalse(funds.contains("全年预算数"), funds.toString());

        // the department's report lists its project, and appends it, in the province's words
        Docx report =
                new Docx(
                        Files.readAllBytes(
                                output.resolve("2023/青山县农业农村局/2023年度青山县农业农村局部门整体支出绩效自评报告.docx")));
        List<List<String>> headed =
                report.tables().stream()
                        .map(t -> Docx.cells(t).get(0))
                        .filter(h -> h.contains("自评得分"))
                        .map(h -> h.stream().map(c -> c.replace("\n", "")).toList())
                        .toList();
        assertEquals(2, headed.size(), "the 重点项目 listing and 附表2: " + headed);
        for (List<String> h : headed) assertEquals("调整后预算数(万元)", h.get(2), h.toString());
        assertTrue(report.allText().contains("附表2\n2023年度项目支出绩效自评情况表"), report.allText());
        try (XSSFWorkbook summary =
                new XSSFWorkbook(Files.newInputStream(output.resolve("2023/汇总.xlsx")))) {
            assertEquals(
                    "调整后预算数（万元）",
                    summary.getSheet("项目")
                            .getRow(0)
                            .getCell(2)
                            .getStringCellValue()
                            .replace("\n", ""));
        }
    }

    /** The cells' values (a formula's result) as a clerk's 移动或复制 leaves them. */
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
