package org.selfeval.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project framework a bureau edits: exported, edited in a workbook, read back, its 评分规则 checked
 * cell by cell.
 */
class ProjectFrameworkWorkbookTest {

    @TempDir Path dir;

    @Test
    void theBuiltInNationalTableReadsBackFromItsExport() throws IOException {
        ProjectFramework builtIn = BuiltInProjectFrameworks.defaultFramework();
        Path file = Files.write(dir.resolve("p.xlsx"), ProjectFrameworkWorkbook.export(builtIn));
        assertTrue(ProjectFrameworkWorkbook.isProject(file));
        ProjectFramework loaded = ProjectFrameworkWorkbook.load(file);
        assertEquals(
                List.of(builtIn.name(), builtIn.title(), builtIn.fundsWeight()),
                List.of(loaded.name(), loaded.title(), loaded.fundsWeight()));
        assertEquals(builtIn.columns(), loaded.columns());
        assertEquals(builtIn.tree(), loaded.tree());
        assertEquals(builtIn.grades(), loaded.grades());
        assertEquals(
                builtIn.rules().stream().map(ScoreRule::words).toList(),
                loaded.rules().stream().map(ScoreRule::words).toList());
        assertEquals(
                List.of("产出指标", "效益指标", "满意度指标"),
                builtIn.tree().stream().map(ProjectLevel1::name).toList());
        assertEquals(new BigDecimal("100"), builtIn.totalWeight());
        assertEquals("全年预算数", builtIn.required(ProjectColumn.Role.BUDGET));
        assertEquals(List.of("其中：本年财政拨款", "上年结转资金", "其他资金"), builtIn.detailRows());
        assertEquals(5, builtIn.rules().size());
    }

    @Test
    void aDepartmentFrameworkIsNotTakenForAProjectOne() throws IOException {
        Path file =
                Files.write(
                        dir.resolve("d.xlsx"),
                        FrameworkWorkbook.export(BuiltInFrameworks.defaultFramework()));
        assertFalse(ProjectFrameworkWorkbook.isProject(file));
    }

    @Test
    void aProvincesVariantNeedsNoCode() throws IOException {
        Path file =
                edited(
                        wb -> {
                            Sheet info = wb.getSheet("框架信息");
                            row(info, "名称").getCell(1).setCellValue("project-province-2024");
                            Sheet table = wb.getSheet("表格");
                            row(table, "全年预算数").getCell(2).setCellValue("调整后预算数");
                            add(table, "绩效指标", "指标性质", "指标性质");
                            add(table, "绩效指标", "度量单位", "度量单位");
                            Sheet tree = wb.getSheet("绩效指标");
                            row(tree, "产出指标").getCell(2).setCellValue(60);
                            for (int r = tree.getLastRowNum(); r > 0; r--) {
                                Row x = tree.getRow(r);
                                if (x != null && "满意度指标".equals(x.getCell(0).getStringCellValue()))
                                    tree.removeRow(x);
                            }
                        });
        ProjectFramework f = ProjectFrameworkWorkbook.load(file);
        assertEquals("project-province-2024", f.name());
        assertEquals("调整后预算数", f.required(ProjectColumn.Role.BUDGET));
        assertEquals(List.of("产出指标", "效益指标"), f.tree().stream().map(ProjectLevel1::name).toList());
        assertEquals(new BigDecimal("60"), f.level1("产出指标").orElseThrow().weight());
        assertEquals("度量单位", f.label(ProjectColumn.Role.UNIT).orElseThrow());
        assertEquals(
                List.of(
                        "一级指标",
                        "二级指标",
                        "三级指标",
                        "年度指标值",
                        "实际完成值",
                        "分值",
                        "得分",
                        "偏差原因分析及改进措施",
                        "指标性质",
                        "度量单位"),
                f.columns(ProjectColumn.Part.INDICATORS).stream()
                        .map(ProjectColumn::label)
                        .toList());
    }

    @Test
    void aBureausOwnRulesAreReadFromItsWords() throws IOException {
        Path file =
                edited(
                        wb -> {
                            Sheet rules = wb.getSheet("评分规则");
                            for (int r = rules.getLastRowNum(); r > 0; r--)
                                if (rules.getRow(r) != null) rules.removeRow(rules.getRow(r));
                            Row a = rules.createRow(1);
                            a.createCell(0).setCellValue("执行率不到九成");
                            a.createCell(1).setCellValue("总分");
                            a.createCell(2).setCellValue("预算执行率 低于 ９０％");
                            a.createCell(3).setCellValue("总分不超过 85 分");
                            Row b = rules.createRow(2);
                            b.createCell(0).setCellValue("大幅超额");
                            b.createCell(1).setCellValue("指标得分");
                            b.createCell(2).setCellValue("超出年度指标值>50%");
                            b.createCell(3).setCellValue("扣1分");
                        });
        List<ScoreRule> rules = ProjectFrameworkWorkbook.load(file).rules();
        assertEquals(2, rules.size());
        ScoreRule cap = rules.get(0);
        assertEquals(ScoreRule.Effect.CAP, cap.effect());
        assertEquals(new BigDecimal("85"), cap.points());
        assertTrue(cap.covers(new BigDecimal("89.99")));
        assertFalse(cap.covers(new BigDecimal("90")));
        ScoreRule deduct = rules.get(1);
        assertEquals(ScoreRule.Target.INDICATOR, deduct.appliesTo());
        assertFalse(deduct.covers(new BigDecimal("50")));
        assertTrue(deduct.covers(new BigDecimal("50.01")));
        assertEquals("评分规则!C3", deduct.cell());
    }

    @ParameterizedTest
    @CsvSource({"69.99,false", "70,true", "75,true", "79.99,true", "80,false"})
    void theShippedSeventyToEightyRuleCoversItsLowerBoundAndNotItsUpper(
            String rate, boolean covered) {
        ScoreRule rule = BuiltInProjectFrameworks.defaultFramework().rules().get(0);
        assertEquals(covered, rule.covers(new BigDecimal(rate)));
    }

    @Test
    void everyMistakeIsNamedByItsCell() throws IOException {
        Path file =
                edited(
                        wb -> {
                            Sheet rules = wb.getSheet("评分规则");
                            row(rules, "执行率70%–80%").getCell(2).setCellValue("执行得不好");
                            row(rules, "执行率60%–70%").getCell(3).setCellValue("酌情扣分");
                            row(rules, "执行率低于60%").getCell(1).setCellValue("指标得分");
                            row(wb.getSheet("绩效指标"), "效益指标").getCell(2).setCellValue("三十");
                            row(wb.getSheet("表格"), "全年执行数").getCell(1).setCellValue("支出");
                        });
        FrameworkException e =
                assertThrows(FrameworkException.class, () -> ProjectFrameworkWorkbook.load(file));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("评分规则!C2：条件“执行得不好”无法识别"), all);
        assertTrue(all.contains("评分规则!D3：处理“酌情扣分”无法识别"), all);
        assertTrue(all.contains("评分规则!B4：条件按“执行率”判断的规则只能适用于“总分”"), all);
        assertTrue(all.contains("绩效指标!C7：分值“三十”不是数字"), all);
        assertTrue(all.contains("表格!B4：含义“支出”无法识别"), all);
        assertTrue(all.contains("缺少含义为“执行”的一行"), all);
    }

    @Test
    void weightsThatDoNotMakeAHundredAreRefused() throws IOException {
        Path file = edited(wb -> row(wb.getSheet("绩效指标"), "产出指标").getCell(2).setCellValue(60));
        FrameworkException e =
                assertThrows(FrameworkException.class, () -> ProjectFrameworkWorkbook.load(file));
        assertTrue(e.problems().get(0).contains("之和为 110，应为 100"), e.problems().toString());
    }

    private Path edited(Consumer<Workbook> edit) throws IOException {
        byte[] exported =
                ProjectFrameworkWorkbook.export(BuiltInProjectFrameworks.defaultFramework());
        Path file = dir.resolve("edited.xlsx");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(exported));
                OutputStream out = Files.newOutputStream(file)) {
            edit.accept(wb);
            wb.write(out);
        }
        return file;
    }

    private static Row row(Sheet sheet, String firstOrThirdCell) {
        for (Row r : sheet) {
            for (int c : new int[] {0, 2}) {
                if (r.getCell(c) != null && firstOrThirdCell.equals(r.getCell(c).toString()))
                    return r;
            }
            if (r.getCell(1) != null
                    && r.getCell(0) != null
                    && firstOrThirdCell.equals(r.getCell(0).toString())
                    && r.getCell(1).toString().isEmpty()) return r;
        }
        throw new AssertionError("no row " + firstOrThirdCell + " in " + sheet.getSheetName());
    }

    private static void add(Sheet sheet, String... cells) {
        Row r = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < cells.length; i++) r.createCell(i).setCellValue(cells[i]);
    }
}
