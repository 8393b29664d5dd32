package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.publish.AtomicFiles;
import org.selfeval.testing.ProjectFill;

/**
 * The blank 项目支出绩效自评模板: committed as the writer writes it (refresh with {@code ./selfeval templates
 * --framework project-caiyu-2020 --force} or {@code -Dselfeval.regenerate=true}), a guide first,
 * one sheet per project with the national form's labels, the framework's name pre-filled and a
 * dropdown of 二级 indicators under each 一级.
 */
class ProjectTemplateTest {

    static final ProjectFramework NATIONAL = BuiltInProjectFrameworks.defaultFramework();

    @Test
    void theCommittedTemplateMatchesTheWriter() throws IOException {
        Path committed =
                Path.of("input-templates").resolve(ProjectTemplateWriter.fileName(NATIONAL));
        byte[] fresh = new ProjectTemplateWriter(NATIONAL).bytes();
        if (Boolean.getBoolean("selfeval.regenerate")) AtomicFiles.write(committed, fresh);
        assertEquals(
                WorkbookSnapshot.of(fresh),
                WorkbookSnapshot.of(committed),
                committed + " differs from ProjectTemplateWriter: regenerate it");
        assertEquals("项目支出绩效自评模板.xlsx", committed.getFileName().toString());
    }

    @Test
    void aGuideThenOneSheetPerProjectInTheNationalLayout() throws IOException {
        try (XSSFWorkbook wb =
                new XSSFWorkbook(
                        new ByteArrayInputStream(new ProjectTemplateWriter(NATIONAL).bytes()))) {
            assertEquals(
                    List.of("填报说明", "项目1", "项目2", "项目3"),
                    List.of(
                            wb.getSheetName(0),
                            wb.getSheetName(1),
                            wb.getSheetName(2),
                            wb.getSheetName(3)));
            StringBuilder guide = new StringBuilder();
            wb.getSheet("填报说明").forEach(r -> r.forEach(c -> guide.append(c.getStringCellValue())));
            for (String s : List.of("产出指标 50 分", "偏差原因分析及改进措施", "执行率≥60%且<70%：总分最高79分", "移动或复制")) {
                assertTrue(guide.toString().contains(s), s);
            }
            XSSFSheet p = wb.getSheet("项目1");
            StringBuilder cells = new StringBuilder();
            p.forEach(r -> r.forEach(c -> cells.append(c.toString()).append('|')));
            for (String label :
                    List.of(
                            "项目名称|",
                            "主管部门|",
                            "实施单位|",
                            "评价年度|",
                            "project-caiyu-2020|",
                            "年初预算数|",
                            "全年预算数|",
                            "全年执行数|",
                            "年度资金总额|",
                            "其中：本年财政拨款|",
                            "上年结转资金|",
                            "其他资金|",
                            "预期目标|",
                            "实际完成情况|",
                            "一级指标|",
                            "三级指标|",
                            "偏差原因分析及改进措施|",
                            "总分|")) {
                assertTrue(cells.toString().contains(label), label);
            }
            List<? extends DataValidation> lists = p.getDataValidations();
            assertEquals(3, lists.size());
            assertTrue(
                    List.of(lists.get(0).getValidationConstraint().getExplicitListValues())
                            .containsAll(List.of("数量指标", "质量指标", "时效指标", "成本指标")));
        }
    }

    @Test
    void eachProjectSheetIsLockedButForItsInputCellsLikeTheDepartmentsSheets() throws IOException {
        try (XSSFWorkbook wb =
                new XSSFWorkbook(
                        new ByteArrayInputStream(new ProjectTemplateWriter(NATIONAL).bytes()))) {
            assertTrue(wb.getSheet("填报说明").getProtect());
            for (String name : List.of("项目1", "项目2", "项目3")) {
                XSSFSheet p = wb.getSheet(name);
                assertTrue(p.getProtect(), name);
                // rows may be inserted for more indicators, as the guide says
                assertFalse(p.isInsertRowsLocked(), name);
                assertFalse(p.isDeleteRowsLocked(), name);
            }
            ProjectFill fill = ProjectFill.sheet(NATIONAL, wb, 1);
            XSSFSheet p = fill.poiSheet();
            int funds = fill.rowOf("年度资金总额"), header = fill.rowOf("三级指标");
            // what staff type: unlocked
            for (String label : List.of("项目名称", "主管部门", "实施单位", "评价年度"))
                assertFalse(right(p, label).getCellStyle().getLocked(), label);
            for (Role r : List.of(Role.INITIAL, Role.BUDGET, Role.EXECUTED))
                assertFalse(
                        at(p, funds, fill.address(funds, r)).getCellStyle().getLocked(), r.word());
            for (Role r :
                    List.of(
                            Role.LEVEL2,
                            Role.LEVEL3,
                            Role.TARGET,
                            Role.ACTUAL,
                            Role.WEIGHT,
                            Role.SCORE,
                            Role.DEVIATION))
                assertFalse(
                        at(p, header + 1, fill.address(header + 1, r)).getCellStyle().getLocked(),
                        r.word());
            assertFalse(p.getRow(fill.rowOf("预期目标") + 1).getCell(1).getCellStyle().getLocked());
            // labels, the framework's name, the pre-labelled 一级 and the formulas: locked
            assertTrue(right(p, "指标体系").getCellStyle().getLocked());
            assertTrue(p.getRow(funds).getCell(1).getCellStyle().getLocked());
            for (Role r : List.of(Role.RATE, Role.FUNDS_SCORE, Role.FUNDS_WEIGHT)) {
                var cell = at(p, funds, fill.address(funds, r));
                assertTrue(cell.getCellStyle().getLocked(), r.word());
            }
            assertTrue(
                    at(p, header + 1, fill.address(header + 1, Role.LEVEL1))
                            .getCellStyle()
                            .getLocked());
            int total = fill.rowOf("总分");
            var totalScore = at(p, total, fill.address(total, Role.SCORE));
            assertEquals(org.apache.poi.ss.usermodel.CellType.FORMULA, totalScore.getCellType());
            assertTrue(totalScore.getCellStyle().getLocked());
            // instructions where staff look: notes on the heading and the headers
            assertTrue(
                    p.getRow(1)
                            .getCell(0)
                            .getCellComment()
                            .getString()
                            .getString()
                            .contains("指标体系已预填"));
            assertTrue(
                    at(p, header, fill.address(header, Role.DEVIATION))
                            .getCellComment()
                            .getString()
                            .getString()
                            .contains("必须填写"));
        }
    }

    @Test
    void aProvincesTableWithNatureGetsAStrictNatureDropdown(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("province.xlsx");
        try (var wb =
                        org.apache.poi.ss.usermodel.WorkbookFactory.create(
                                new ByteArrayInputStream(
                                        org.selfeval.framework.ProjectFrameworkWorkbook.export(
                                                NATIONAL)));
                var out = java.nio.file.Files.newOutputStream(file)) {
            wb.getSheet("框架信息").getRow(1).getCell(1).setCellValue("project-province-2024");
            var table = wb.getSheet("表格");
            var nature = table.createRow(table.getLastRowNum() + 1);
            nature.createCell(0).setCellValue("绩效指标");
            nature.createCell(1).setCellValue("指标性质");
            nature.createCell(2).setCellValue("指标性质");
            wb.write(out);
        }
        ProjectFramework province = org.selfeval.framework.ProjectFrameworkWorkbook.load(file);
        try (XSSFWorkbook wb = new ProjectTemplateWriter(province).build(1)) {
            XSSFSheet p = wb.getSheet("项目1");
            var nature =
                    p.getDataValidations().stream()
                            .filter(
                                    v ->
                                            v.getValidationConstraint().getExplicitListValues()
                                                            != null
                                                    && List.of(
                                                                    v.getValidationConstraint()
                                                                            .getExplicitListValues())
                                                            .contains("时限"))
                            .toList();
            assertEquals(1, nature.size());
            assertEquals(DataValidation.ErrorStyle.STOP, nature.get(0).getErrorStyle());
        }
    }

    private static org.apache.poi.ss.usermodel.Cell right(XSSFSheet p, String key) {
        for (var row : p)
            for (var c : row)
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && c.getStringCellValue().equals(key))
                    return row.getCell(c.getColumnIndex() + 1);
        throw new AssertionError(key);
    }

    private static org.apache.poi.ss.usermodel.Cell at(XSSFSheet p, int row, String address) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        return p.getRow(ref.getRow()).getCell(ref.getCol());
    }
}
