package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.Main;
import org.selfeval.report.Docx;
import picocli.CommandLine;

/**
 * A bureau changes its framework in Excel only: exports guangzhou-2023, renames the 一级 管理效率 to 管理效能
 * and 财务管理合规性 to 财务管理规范性, moves a point from 绩效结果应用 to 绩效管理制度执行, and adds the 三级 资产处置合规性 (taking a
 * point from 数据质量). The template, the audit, the scores, the report and the summary follow, through
 * the real commands, with no code change.
 */
class FrameworkEditTest {

    private static final String DEPT = "广州市花都区市场监督管理局";
    private static final Path CORRECTED =
            Path.of("input-templates", "examples", "huadu-amr-2023-corrected.xlsx");

    @TempDir Path dir;
    Path framework;
    Path submission;

    @BeforeEach
    void editFrameworkAndSubmission() throws IOException {
        Path exported = dir.resolve("exported.xlsx");
        assertEquals(
                ExitCodes.OK,
                run("framework", "export", "guangzhou-2023", "--out", exported.toString()).exit());
        framework =
                edit(
                        exported,
                        dir.resolve("指标体系-2024.xlsx"),
                        wb -> {
                            Sheet info = wb.getSheet("框架信息");
                            info.getRow(1).getCell(1).setCellValue("guangzhou-2024");
                            info.getRow(3).getCell(1).setCellValue("2024");
                            Sheet tree = wb.getSheet("指标体系");
                            replaceAll(tree, 0, "管理效率", "管理效能");
                            row(tree, 2, "绩效结果应用").getCell(3).setCellValue(2);
                            row(tree, 2, "绩效管理制度执行").getCell(3).setCellValue(8);
                            row(tree, 2, "财务管理合规性").getCell(2).setCellValue("财务管理规范性");
                            row(tree, 2, "数据质量").getCell(3).setCellValue(1);
                            Row added = tree.createRow(tree.getLastRowNum() + 1);
                            added.createCell(0).setCellValue("管理效能");
                            added.createCell(1).setCellValue("资产管理");
                            added.createCell(2).setCellValue("资产处置合规性");
                            added.createCell(3).setCellValue(1);
                        });
        // The corrected example as a clerk would fill the new template: new names, the new row, 分值
        // left blank where the template pre-fills it (the framework's weight applies).
        submission =
                edit(
                        CORRECTED,
                        dir.resolve("inbox").resolve("huadu-2024.xlsx"),
                        wb -> {
                            row(wb.getSheet("基本信息"), 0, "指标体系")
                                    .getCell(1)
                                    .setCellValue("guangzhou-2024");
                            Sheet s = wb.getSheet("绩效指标");
                            replaceAll(s, 0, "管理效率", "管理效能");
                            row(s, 2, "财务管理合规性").getCell(2).setCellValue("财务管理规范性");
                            Row results = row(s, 2, "绩效结果应用");
                            results.getCell(8).setBlank();
                            results.getCell(10).setCellValue(2);
                            Row execution = row(s, 2, "绩效管理制度执行");
                            execution.getCell(8).setCellValue(8);
                            execution.getCell(10).setCellValue(8);
                            Row quality = row(s, 2, "数据质量");
                            quality.getCell(8).setCellValue(1);
                            quality.getCell(10).setCellValue(1);
                            int at = row(s, 2, "固定资产利用率").getRowNum() + 1;
                            s.shiftRows(at, s.getLastRowNum(), 1);
                            Row disposal = s.createRow(at);
                            Object[] cells = {
                                "管理效能",
                                "资产管理",
                                "资产处置合规性",
                                "资产处置按规定报批",
                                "定性",
                                "按规定报批",
                                null,
                                "已按规定报批",
                                null,
                                "定性",
                                1,
                                "本部门资产处置均按规定报批。"
                            };
                            for (int c = 0; c < cells.length; c++) {
                                Cell cell = disposal.createCell(c);
                                if (cells[c] instanceof String t) cell.setCellValue(t);
                                else if (cells[c] instanceof Integer n) cell.setCellValue(n);
                            }
                        });
    }

    @Test
    void theTemplateFollowsTheEditedFramework() throws IOException {
        Path templates = dir.resolve("templates");
        assertEquals(
                ExitCodes.OK,
                run("templates", "--framework", framework.toString(), "--out", templates.toString())
                        .exit());
        Path template = templates.resolve("部门整体支出绩效自评模板（guangzhou-2024）.xlsx");
        try (InputStream in = Files.newInputStream(template);
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet("绩效指标");
            assertEquals(2, row(s, 2, "绩效结果应用").getCell(8).getNumericCellValue());
            assertEquals(8, row(s, 2, "绩效管理制度执行").getCell(8).getNumericCellValue());
            assertEquals(1, row(s, 2, "资产处置合规性").getCell(8).getNumericCellValue());
            assertEquals("资产管理", row(s, 2, "资产处置合规性").getCell(1).getStringCellValue());
            assertEquals("管理效能", row(s, 2, "财务管理规范性").getCell(0).getStringCellValue());
            assertFalse(column(s, 2).contains("财务管理合规性"));
            assertFalse(column(s, 0).contains("管理效率"));
            assertEquals(
                    "guangzhou-2024",
                    row(wb.getSheet("基本信息"), 0, "指标体系").getCell(1).getStringCellValue());
        }
    }

    @Test
    void auditAndScoresFollowTheEditedFrameworkAndNotTheBuiltInOne() {
        Result edited =
                run(
                        "validate",
                        "--format",
                        "csv",
                        "--framework",
                        framework.toString(),
                        submission.toString());
        assertEquals(ExitCodes.OK, edited.exit(), edited.text());
        assertTrue(
                edited.text().startsWith("配置：内置；指标体系：广州市区级部门整体支出绩效评价指标体系，文件 指标体系-2024.xlsx"),
                edited.text());
        assertFalse(edited.text().contains("R-TREE"), edited.text());
        assertTrue(edited.text().contains("得分,,,,管理效能/绩效管理,,,,15,15,15,"), edited.text());
        assertTrue(edited.text().contains("得分,,,,管理效能/资产管理,,,,10,10,10,"), edited.text());
        assertTrue(edited.text().contains("得分,,,,合计,,,,100,94.98,94.98,优"), edited.text());
        // The same workbook against the built-in framework: the new row has no weight and the moved
        // points disagree.
        Result builtIn =
                run(
                        "validate",
                        "--format",
                        "csv",
                        "--framework",
                        "guangzhou-2023",
                        submission.toString());
        assertEquals(ExitCodes.FAILED, builtIn.exit(), builtIn.text());
        assertTrue(builtIn.text().contains("R-FRAMEWORK"), builtIn.text());
        assertTrue(
                builtIn.text().contains("绩效指标!K43,错误,R-SCORE-RANGE,资产处置按规定报批,0,1"), builtIn.text());
        assertTrue(
                builtIn.text().contains("绩效指标!I28,错误,R-WEIGHT-SUM,绩效管理 小计,13,15"), builtIn.text());
        assertTrue(builtIn.text().contains("得分,,,,合计,,,,100,91.98,94.98,优"), builtIn.text());
    }

    @Test
    void theReportAndTheSummaryFollowTheEditedFrameworkPlacedNextToTheInbox() throws Exception {
        // the bureau places its workbook next to the inbox, as it does with selfeval.properties:
        // run takes it and says so
        Files.copy(framework, dir.resolve("指标体系.xlsx"));
        Path out = dir.resolve("out");
        Result r =
                run(
                        "run",
                        "--once",
                        "--settle",
                        "0",
                        "--inbox",
                        dir.resolve("inbox").toString(),
                        "--out",
                        out.toString(),
                        "--archive",
                        dir.resolve("archive").toString(),
                        "--failed",
                        dir.resolve("failed").toString());
        assertEquals(ExitCodes.OK, r.exit(), r.text());
        assertTrue(r.text().contains("指标体系：广州市区级部门整体支出绩效评价指标体系，文件 指标体系.xlsx"), r.text());
        Path report;
        try (Stream<Path> files = Files.list(out.resolve("2023").resolve(DEPT))) {
            report =
                    files.filter(p -> p.getFileName().toString().endsWith("自评报告.docx"))
                            .findFirst()
                            .orElseThrow();
        }
        String text =
                String.join(
                        "\n",
                        new Docx(Files.readAllBytes(report))
                                .paragraphs().stream().map(Docx::text).toList());
        for (String expected :
                List.of(
                        "2. 管理效能分值50分，自评得分48分。",
                        "财务管理规范性，分值2分",
                        "绩效结果应用，分值2分",
                        "绩效管理制度执行，分值8分",
                        "数据质量，分值1分",
                        "资产处置合规性，分值1分")) {
            assertTrue(text.contains(expected), expected + "\n" + text);
        }
        assertFalse(text.contains("管理效率"), text);
        appendixFollowsTheEdit(new Docx(Files.readAllBytes(report)));
        List<String> summary =
                Files.readAllLines(out.resolve("2023").resolve("汇总.csv"), StandardCharsets.UTF_8);
        assertTrue(
                summary.get(0).contains(",总分（满分100）,等级,")
                        && summary.get(0).contains(",履职效能（满分50）,管理效能（满分50）,部门预算资金支出率（%）,")
                        && !summary.get(0).contains("管理效率"),
                summary.get(0));
        assertTrue(
                summary.get(1).startsWith(DEPT + ",2023,")
                        && summary.get(1).contains(",94.98,优,")
                        && summary.get(1).contains(",46.98,48.00,"),
                summary.get(1));
    }

    /**
     * 附表 (the national 部门整体支出绩效自评表) of the report scored on the edited framework: the renamed 一级,
     * the moved points, the added indicator, the subtotals and the budget line, all from the
     * bureau's workbook.
     */
    private static void appendixFollowsTheEdit(Docx report) {
        List<List<List<String>>> tables =
                report.tables().stream()
                        .map(
                                t ->
                                        Docx.cells(t).stream()
                                                .map(
                                                        r ->
                                                                r.stream()
                                                                        .map(
                                                                                c ->
                                                                                        c.replace(
                                                                                                "\n",
                                                                                                ""))
                                                                        .toList())
                                                .toList())
                        .toList();
        List<List<String>> budget = tables.get(tables.size() - 3);
        // 一级 and 二级 cells merge downwards: a continued cell reads as the label above it
        List<List<String>> indicators = new ArrayList<>();
        for (List<String> r : tables.get(tables.size() - 1)) {
            List<String> row = new ArrayList<>(r);
            for (int c = 0; c < 2; c++)
                if (row.get(c).isEmpty() && !indicators.isEmpty())
                    row.set(c, indicators.get(indicators.size() - 1).get(c));
            indicators.add(row);
        }
        assertEquals("年度资金总额", budget.get(1).get(0), budget.toString());
        assertEquals(
                List.of("10", "9.98"),
                List.of(budget.get(1).get(4), budget.get(1).get(6)),
                "分值 and 得分 of the indicator scored by 支出率: " + budget);
        assertEquals(List.of("一级指标", "二级指标", "三级指标"), indicators.get(0).subList(0, 3));
        assertTrue(
                indicators.stream()
                        .skip(1)
                        .allMatch(r -> List.of("履职效能", "管理效能", "总分").contains(r.get(0))),
                "the 一级 as the bureau renamed it: " + indicators);
        assertEquals(
                List.of("管理效能", "资产管理", "资产处置按规定报批", "按规定报批", "已按规定报批", "1", "1", ""),
                find(indicators, "资产管理", "资产处置按规定报批"),
                "the added indicator");
        assertEquals(List.of("10", "10"), scores(find(indicators, "资产管理", "小计")));
        assertEquals(List.of("15", "15"), scores(find(indicators, "绩效管理", "小计")));
        assertEquals(
                List.of("50", "48"),
                scores(
                        indicators.stream()
                                .filter(r -> r.get(0).equals("管理效能") && r.get(1).equals("小计"))
                                .findFirst()
                                .orElseThrow()));
        List<String> total = indicators.get(indicators.size() - 1);
        assertEquals(
                List.of("总分", "100", "94.98", "评价等级：优"),
                List.of(total.get(0), total.get(5), total.get(6), total.get(7)));
    }

    private static List<String> find(List<List<String>> rows, String level2, String level3) {
        return rows.stream()
                .filter(r -> r.get(1).equals(level2) && r.get(2).equals(level3))
                .findFirst()
                .orElseThrow(() -> new AssertionError(level2 + "/" + level3 + " in " + rows));
    }

    private static List<String> scores(List<String> row) {
        return List.of(row.get(5), row.get(6));
    }

    private record Result(int exit, String text) {}

    private static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString());
    }

    private static Path edit(Path from, Path to, Consumer<Workbook> change) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = Files.newInputStream(from);
                Workbook wb = WorkbookFactory.create(in)) {
            change.accept(wb);
            try (OutputStream o = Files.newOutputStream(to)) {
                wb.write(o);
            }
        }
        return to;
    }

    private static Row row(Sheet s, int column, String text) {
        for (Row r : s) {
            Cell c = r.getCell(column);
            if (c != null && text.equals(c.toString())) return r;
        }
        throw new AssertionError(s.getSheetName() + " has no row " + text);
    }

    private static List<String> column(Sheet s, int column) {
        List<String> values = new ArrayList<>();
        for (Row r : s) if (r.getCell(column) != null) values.add(r.getCell(column).toString());
        return values;
    }

    private static void replaceAll(Sheet s, int column, String from, String to) {
        for (Row r : s) {
            Cell c = r.getCell(column);
            if (c != null && from.equals(c.toString())) c.setCellValue(to);
        }
    }
}
