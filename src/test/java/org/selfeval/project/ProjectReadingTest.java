package org.selfeval.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectFrameworkWorkbook;
import org.selfeval.ingest.ProjectSubmissionReader;
import org.selfeval.model.Finding;
import org.selfeval.model.ProjectSheet;
import org.selfeval.model.ProjectSubmission;
import org.selfeval.template.TemplateWriter;
import org.selfeval.testing.ProjectFill;

/**
 * Where project tables come from: several in one workbook, split across files, beside a
 * department's sheets, minimal, a province's own table.
 */
class ProjectReadingTest {

    @TempDir Path dir;

    @Test
    void severalProjectsInOneWorkbookAreEachRead() throws IOException {
        Path file =
                ProjectSamples.write(
                        dir,
                        "three.xlsx",
                        3,
                        wb -> {
                            ProjectSamples.clean(ProjectSamples.sheet(wb, 1), "甲项目");
                            ProjectSamples.clean(ProjectSamples.sheet(wb, 2), "乙项目");
                            ProjectSamples.clean(ProjectSamples.sheet(wb, 3), "丙项目");
                            wb.setSheetName(wb.getSheetIndex("项目2"), "乙项目表");
                        });
        ProjectSubmission s = ProjectSamples.read(file);
        assertEquals(
                List.of("甲项目", "乙项目", "丙项目"),
                s.projects().stream().map(ProjectSheet::title).toList());
        assertEquals("乙项目表", s.projects().get(1).sheet());
        for (int i = 0; i < 3; i++)
            assertEquals(List.of(), ProjectSamples.evaluate(s, i).findings());
    }

    @Test
    void aFolderOfWorkbooksOnePerProjectIsOneSubmission() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("split"));
        ProjectSamples.write(
                folder,
                "1-甲.xlsx",
                1,
                wb -> ProjectSamples.clean(ProjectSamples.sheet(wb, 1), "甲项目"));
        ProjectSamples.write(
                folder,
                "2-乙.xlsx",
                1,
                wb -> ProjectSamples.clean(ProjectSamples.sheet(wb, 1), "乙项目"));
        ProjectSubmission s = ProjectSamples.read(folder);
        assertEquals(
                List.of("甲项目", "乙项目"), s.projects().stream().map(ProjectSheet::title).toList());
        assertEquals(
                List.of("1-甲.xlsx", "2-乙.xlsx"),
                s.projects().stream().map(ProjectSheet::file).toList());
        assertFalse(s.departmentSheets());
    }

    @Test
    void projectSheetsCopiedIntoADepartmentWorkbookAreFoundBesideItsSheets() throws IOException {
        Path file = dir.resolve("dept.xlsx");
        try (XSSFWorkbook dept = new TemplateWriter().build();
                XSSFWorkbook projects = ProjectFill.template(ProjectSamples.NATIONAL, 1)) {
            ProjectSamples.clean(ProjectSamples.sheet(projects, 1), "甲项目");
            // as a clerk's "移动或复制": the project sheet's cells into a new sheet of the department's
            // workbook
            Sheet from = projects.getSheet("项目1");
            Sheet to = dept.createSheet("项目1");
            for (Row r : from) {
                Row nr = to.createRow(r.getRowNum());
                r.forEach(
                        c -> {
                            var nc = nr.createCell(c.getColumnIndex());
                            switch (c.getCellType()) {
                                case NUMERIC -> nc.setCellValue(c.getNumericCellValue());
                                case STRING -> nc.setCellValue(c.getStringCellValue());
                                case FORMULA -> nc.setCellFormula(c.getCellFormula());
                                default -> {}
                            }
                        });
            }
            Files.write(file, ProjectFill.bytes(dept));
        }
        ProjectSubmission s = ProjectSamples.read(file);
        assertTrue(s.departmentSheets());
        assertEquals(1, s.projects().size());
        ProjectEvaluation e =
                new ProjectEvaluator(n -> ProjectSamples.NATIONAL)
                        .evaluate(s.projects().get(0), "某局", "2023");
        assertEquals(List.of(), e.findings());
        assertEquals(0, new BigDecimal("99.5").compareTo(e.total()));
    }

    @Test
    void aMinimalProjectNamesWhatIsMissingByCell() throws IOException {
        Path file =
                ProjectSamples.write(
                        dir,
                        "min.xlsx",
                        1,
                        wb -> {
                            ProjectFill p = ProjectSamples.sheet(wb, 1);
                            p.key("项目名称", "最简项目");
                            p.funds("年度资金总额", "100", "100", "100");
                            p.indicator("产出指标", "数量指标", "完成数量", "10", "10", "50", "50", null);
                            p.indicator("效益指标", "社会效益指标", "受益人数", "100", "100", "30", "30", null);
                            p.indicator(
                                    "满意度指标", "服务对象满意度指标", "满意度", "90%", "95%", "10", "10", null);
                        });
        ProjectEvaluation e = ProjectSamples.evaluate(ProjectSamples.read(file), 0);
        List<String> where =
                e.findings().stream().map(f -> f.ruleId() + " " + f.source().sheetCell()).toList();
        // 主管部门 and 评价年度 are asked for at the cell right of their keys; nothing else is wrong
        assertEquals(List.of("P-REQUIRED 项目1!B3", "P-REQUIRED 项目1!B4"), where);
        assertEquals(0, new BigDecimal("100").compareTo(e.total()));
    }

    @Test
    void aSheetNamingAnUnknownFrameworkIsReadWithTheOneInEffectAndWarnedByCell()
            throws IOException {
        Path file =
                ProjectSamples.write(
                        dir,
                        "unknown.xlsx",
                        2,
                        wb -> {
                            ProjectSamples.clean(ProjectSamples.sheet(wb, 1), "甲项目");
                            ProjectSamples.sheet(wb, 1).key("指标体系", "某省项目支出框架2024");
                            ProjectSamples.clean(ProjectSamples.sheet(wb, 2), "乙项目");
                            // the title, as a clerk may type it, names the built-in framework
                            ProjectSamples.sheet(wb, 2)
                                    .key("指标体系", ProjectSamples.NATIONAL.title());
                        });
        ProjectSubmission s = ProjectSamples.read(file);
        assertEquals(1, s.findings().size(), s.findings().toString());
        Finding f = s.findings().get(0);
        assertEquals("READ-PROJECT-FRAMEWORK", f.ruleId());
        assertEquals(org.selfeval.model.Severity.WARNING, f.severity());
        String cell = f.source().cell();
        assertEquals("项目1", f.source().sheet());
        assertEquals("某省项目支出框架2024", f.found());
        for (String part :
                List.of("unknown.xlsx", "工作表“项目1”" + cell, "“某省项目支出框架2024”", "project-caiyu-2020"))
            assertTrue(f.message().contains(part), f.message());
        // the cell the warning names is the one holding the name
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            var ref = new org.apache.poi.ss.util.CellReference(cell);
            assertEquals(
                    "某省项目支出框架2024",
                    wb.getSheet("项目1")
                            .getRow(ref.getRow())
                            .getCell(ref.getCol())
                            .getStringCellValue());
        }
        // both are still read and scored with the national table
        assertEquals(List.of(), ProjectSamples.evaluate(s, 0).findings());
        assertEquals(List.of(), ProjectSamples.evaluate(s, 1).findings());
    }

    @Test
    void aMissingColumnIsOneErrorNamingTheColumnAndItsRow() throws IOException {
        int[] headerRow = {-1};
        Path file =
                ProjectSamples.write(
                        dir,
                        "nocolumn.xlsx",
                        1,
                        wb -> {
                            ProjectFill p = ProjectSamples.sheet(wb, 1);
                            ProjectSamples.clean(p, "甲项目");
                            headerRow[0] = p.rowOf("三级指标");
                            Row header = p.poiSheet().getRow(headerRow[0]);
                            header.forEach(
                                    c -> {
                                        if (c.getCellType()
                                                        == org.apache.poi.ss.usermodel.CellType
                                                                .STRING
                                                && c.getStringCellValue().equals("实际完成值"))
                                            c.setCellValue("完成");
                                    });
                        });
        ProjectSubmission s = ProjectSamples.read(file);
        List<Finding> header =
                s.findings().stream().filter(f -> f.ruleId().equals("READ-HEADER")).toList();
        assertEquals(1, header.size(), s.findings().toString());
        assertEquals("绩效指标", header.get(0).item());
        assertTrue(header.get(0).message().contains("缺少“实际完成值”列"), header.get(0).message());
        assertEquals("项目1!A" + (headerRow[0] + 1), header.get(0).source().sheetCell());
        // the sheet is still a project whose funds were read; its indicators could not be
        assertEquals(1, s.projects().size());
        assertEquals(List.of(), s.projects().get(0).indicators());
    }

    @Test
    void aTemplateSheetLeftBlankIsSkippedWithANoteNotScoredAsAProject() throws IOException {
        Path file =
                ProjectSamples.write(
                        dir,
                        "two-of-three.xlsx",
                        3,
                        wb -> {
                            ProjectSamples.clean(ProjectSamples.sheet(wb, 1), "甲项目");
                            ProjectSamples.clean(ProjectSamples.sheet(wb, 2), "乙项目");
                        });
        ProjectSubmission s = ProjectSamples.read(file);
        assertEquals(
                List.of("甲项目", "乙项目"), s.projects().stream().map(ProjectSheet::title).toList());
        assertEquals(1, s.findings().size(), s.findings().toString());
        Finding f = s.findings().get(0);
        assertEquals("READ-PROJECT-BLANK", f.ruleId());
        assertEquals(org.selfeval.model.Severity.INFO, f.severity());
        assertEquals("项目3", f.source().sheet());
        assertTrue(f.message().contains("two-of-three.xlsx"), f.message());
        // one figure typed into it makes it a project again, whose gaps are then named
        Path started =
                ProjectSamples.write(
                        dir,
                        "started.xlsx",
                        1,
                        wb -> ProjectSamples.sheet(wb, 1).funds("年度资金总额", "10", "10", "5"));
        assertEquals(1, ProjectSamples.read(started).projects().size());
    }

    @Test
    void aWorkbookWithoutProjectSheetsHasNoProjects() throws IOException {
        Path file = dir.resolve("dept.xlsx");
        Files.write(file, new TemplateWriter().bytes());
        ProjectSubmission s = ProjectSamples.read(file);
        assertFalse(s.any());
        assertTrue(s.departmentSheets());
    }

    @Test
    void aProvincesTableFromAnEditedFrameworkIsWrittenReadAndScoredWithNoCode() throws IOException {
        Path frameworkFile = dir.resolve("province.xlsx");
        try (Workbook wb =
                        WorkbookFactory.create(
                                new ByteArrayInputStream(
                                        ProjectFrameworkWorkbook.export(
                                                BuiltInProjectFrameworks.defaultFramework())));
                OutputStream out = Files.newOutputStream(frameworkFile)) {
            wb.getSheet("框架信息").getRow(1).getCell(1).setCellValue("project-province-2024");
            Sheet table = wb.getSheet("表格");
            for (Row r : table)
                if (r.getCell(2) != null && "全年预算数".equals(r.getCell(2).getStringCellValue()))
                    r.getCell(2).setCellValue("调整后预算数");
            Row nature = table.createRow(table.getLastRowNum() + 1);
            nature.createCell(0).setCellValue("绩效指标");
            nature.createCell(1).setCellValue("指标性质");
            nature.createCell(2).setCellValue("指标性质");
            Row unit = table.createRow(table.getLastRowNum() + 1);
            unit.createCell(0).setCellValue("绩效指标");
            unit.createCell(1).setCellValue("度量单位");
            unit.createCell(2).setCellValue("度量单位");
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
        ProjectFramework province = ProjectFrameworkWorkbook.load(frameworkFile);
        int[] row = new int[1];
        Path file;
        try (XSSFWorkbook wb = ProjectFill.template(province, 1)) {
            ProjectFill p = ProjectFill.sheet(province, wb, 1);
            p.key("项目名称", "省级项目").key("主管部门", "某厅").key("评价年度", "2024");
            p.funds("年度资金总额", "200", "200", "200");
            p.funds("其中：本年财政拨款", "200", "200", "200");
            row[0] = p.indicator("产出指标", "数量指标", "培训人数", "≥500人", "520", "60", "60", null);
            p.indicator("效益指标", "社会效益指标", "就业率", "≥60%", "65%", "30", "30", null);
            file = Files.write(dir.resolve("province-project.xlsx"), ProjectFill.bytes(wb));
        }
        ProjectSubmission s = new ProjectSubmissionReader(n -> province).read(file);
        assertEquals("project-province-2024", s.projects().get(0).framework().value());
        ProjectEvaluation e =
                new ProjectEvaluator(n -> province).evaluate(s.projects().get(0), null, null);
        // the unit typed into the target is the only thing to fix: it belongs in the 度量单位 column
        List<Finding> findings = e.findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("P-UNIT", findings.get(0).ruleId());
        assertEquals("≥500", findings.get(0).expected());
        assertEquals(0, new BigDecimal("100").compareTo(e.total()));
        assertEquals("调整后预算数", province.required(Role.BUDGET));
    }
}
