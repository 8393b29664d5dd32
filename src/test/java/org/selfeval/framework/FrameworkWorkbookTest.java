package org.selfeval.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.evaluate.scoring.ScoringMethods;
import org.selfeval.template.TemplateWriter;
import org.selfeval.template.WorkbookSnapshot;

/**
 * The framework workbook a bureau edits: exported, read back, and checked cell by cell when it is
 * wrong.
 */
class FrameworkWorkbookTest {

    @TempDir Path dir;

    static List<String> builtIns() {
        return BuiltInFrameworks.NAMES;
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void anExportReadBackGivesTheSameFrameworkAndTheSameTemplateCellByCell(String name)
            throws IOException {
        Framework builtIn = BuiltInFrameworks.get(name).orElseThrow();
        Path file = Files.write(dir.resolve(name + ".xlsx"), FrameworkWorkbook.export(builtIn));
        Framework loaded = FrameworkWorkbook.load(file, ScoringMethods.standard().names());
        assertEquals(
                List.of(builtIn.name(), builtIn.title(), builtIn.year()),
                List.of(loaded.name(), loaded.title(), loaded.year()));
        assertEquals(builtIn.tree(), loaded.tree());
        assertEquals(builtIn.inputs(), loaded.inputs());
        assertEquals(builtIn.grades(), loaded.grades());
        assertEquals(builtIn.fundsTable(), loaded.fundsTable());
        assertEquals(
                WorkbookSnapshot.of(new TemplateWriter(builtIn).bytes()),
                WorkbookSnapshot.of(new TemplateWriter(loaded).bytes()));
    }

    @Test
    void theExportStartsWithAGuideSheetForTheFinanceOfficer() throws IOException {
        try (Workbook wb =
                WorkbookFactory.create(
                        new ByteArrayInputStream(
                                FrameworkWorkbook.export(BuiltInFrameworks.defaultFramework())))) {
            assertEquals(
                    List.of("说明", "框架信息", "指标体系", "公式指标", "等级"),
                    List.of(
                            wb.getSheetName(0),
                            wb.getSheetName(1),
                            wb.getSheetName(2),
                            wb.getSheetName(3),
                            wb.getSheetName(4)));
            StringBuilder guide = new StringBuilder();
            wb.getSheet("说明").forEach(r -> r.forEach(c -> guide.append(c.getStringCellValue())));
            for (String sheet : List.of("框架信息", "指标体系", "公式指标", "等级", "部门自填行数", "--framework")) {
                assertTrue(guide.toString().contains(sheet), sheet);
            }
        }
    }

    @Test
    void everyMistakeIsNamedByItsCellWithTheFix() throws IOException {
        Path file =
                edited(
                        wb -> {
                            Sheet tree = wb.getSheet("指标体系");
                            row(tree, "结转结余率").getCell(3).setCellValue("两分"); // D: not a number
                            row(tree, "数据质量")
                                    .getCell(3)
                                    .setCellValue(3); // 资产管理 leaves now add to 11
                            row(tree, "公用经费控制率")
                                    .createCell(5)
                                    .setCellValue("公用经费法"); // F: unknown method
                            row(tree, "绩效结果应用").createCell(4).setCellValue("大于"); // E: unknown 指标性质
                            wb.getSheet("框架信息")
                                    .getRow(1)
                                    .getCell(1)
                                    .setCellValue("广州 2024"); // B2: a name with a space
                        });
        FrameworkException e =
                assertThrows(
                        FrameworkException.class,
                        () -> FrameworkWorkbook.load(file, ScoringMethods.standard().names()));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("框架信息!B2：名称“广州 2024”只能用字母"), all);
        assertTrue(all.contains("指标体系!D11：分值“两分”不是数字"), all);
        assertTrue(all.contains("指标体系!F36：评分方法“公用经费法”无法识别"), all);
        assertTrue(all.contains("指标体系!E18：指标性质“大于”无效"), all);
        assertTrue(all.contains("指标体系!D28：二级指标“资产管理”分值为 10，其下三级指标分值之和为 11"), all);
        assertTrue(
                e.getMessage().startsWith("指标体系文件 edited.xlsx 有 " + e.problems().size() + " 处需要修改"),
                e.getMessage());
    }

    @Test
    void aTreeThatDoesNotAddUpTo100OrLosesItsParentIsRefused() throws IOException {
        Path file =
                edited(
                        wb -> {
                            Sheet tree = wb.getSheet("指标体系");
                            tree.getRow(1).getCell(3).setCellValue(55); // 履职效能 55 + 管理效率 50
                            row(tree, "采购政策效能")
                                    .getCell(0)
                                    .setCellValue("管理效能"); // a 一级 nobody defined
                        });
        List<String> problems =
                assertThrows(
                                FrameworkException.class,
                                () ->
                                        FrameworkWorkbook.load(
                                                file, ScoringMethods.standard().names()))
                        .problems();
        String all = String.join("\n", problems);
        assertTrue(all.contains("指标体系：各一级指标分值之和为 105，应为 100"), all);
        assertTrue(all.contains("指标体系!A27：一级指标“管理效能”还没有定义"), all);
        assertTrue(all.contains("指标体系!D2：一级指标“履职效能”分值为 55，其下二级指标分值之和为 50"), all);
    }

    /**
     * What a finance officer does in Excel: a title above the header, a 分值 typed with full-width
     * digits and 分.
     */
    @Test
    void aTitleRowAndFullWidthFiguresAreUnderstood() throws IOException {
        Path file =
                edited(
                        wb -> {
                            Sheet tree = wb.getSheet("指标体系");
                            tree.shiftRows(0, tree.getLastRowNum(), 1);
                            tree.createRow(0).createCell(0).setCellValue("2024年度部门整体支出绩效评价指标体系");
                            row(tree, "采购意向公开合规性").getCell(3).setCellValue("０．５分");
                        });
        Framework loaded = FrameworkWorkbook.load(file, ScoringMethods.standard().names());
        assertEquals(BuiltInFrameworks.defaultFramework().tree(), loaded.tree());
        Path broken =
                edited(
                        wb -> {
                            Sheet tree = wb.getSheet("指标体系");
                            tree.shiftRows(0, tree.getLastRowNum(), 1);
                            tree.createRow(0).createCell(0).setCellValue("标题");
                            row(tree, "结转结余率").getCell(3).setCellValue("两分");
                        });
        String all =
                String.join(
                        "\n",
                        assertThrows(
                                        FrameworkException.class,
                                        () ->
                                                FrameworkWorkbook.load(
                                                        broken, ScoringMethods.standard().names()))
                                .problems());
        assertTrue(all.contains("指标体系!D12：分值“两分”不是数字"), all);
    }

    private Path edited(Consumer<Workbook> edit) throws IOException {
        Path file = dir.resolve("edited.xlsx");
        try (Workbook wb =
                        WorkbookFactory.create(
                                new ByteArrayInputStream(
                                        FrameworkWorkbook.export(
                                                BuiltInFrameworks.defaultFramework())));
                OutputStream out = Files.newOutputStream(file)) {
            edit.accept(wb);
            wb.write(out);
        }
        return file;
    }

    /** The 指标体系 row of a 三级 indicator. */
    static Row row(Sheet tree, String level3) {
        for (Row r : tree) {
            if (r.getCell(2) != null && level3.equals(r.getCell(2).getStringCellValue())) return r;
        }
        throw new AssertionError("no row " + level3);
    }
}
