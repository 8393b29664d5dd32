package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.selfeval.framework.ProjectFramework;
import org.selfeval.publish.AtomicFiles;

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
}
