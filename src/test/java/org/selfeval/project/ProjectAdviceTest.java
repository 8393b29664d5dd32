package org.selfeval.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.model.Finding;
import org.selfeval.model.ProjectSubmission;
import org.selfeval.testing.ProjectFill;

/**
 * The slips real project tables carry, each found at its cell with the value to apply — and a clerk
 * who applies every value gets a clean table (advice converges), also when several slips rest on
 * each other.
 */
class ProjectAdviceTest {

    @TempDir Path dir;

    @Test
    void everySlipIsFoundAtItsCellAndApplyingTheAdviceLeavesNothing() throws IOException {
        Path file =
                ProjectSamples.write(
                        dir,
                        "slips.xlsx",
                        1,
                        wb -> {
                            ProjectFill p = ProjectSamples.sheet(wb, 1);
                            ProjectSamples.clean(p, "农村户厕改造");
                            p.funds("年度资金总额", "300", "300", "200"); // sources add to 400 / 260
                            p.funds("其中：本年财政拨款", "350", "350", "220");
                            p.funds("上年结转资金", "50", "50", "40");
                            p.fundsCell("上年结转资金", Role.RATE, "90"); // 40 ÷ 50 = 80%
                            p.fundsCell("年度资金总额", Role.FUNDS_SCORE, "10"); // 260 ÷ 400 = 65% → 6.5
                            int missed =
                                    p.indicator(
                                            "产出指标",
                                            "成本指标",
                                            "户均改造成本（元）",
                                            "≤2000",
                                            "2500",
                                            "0",
                                            "0",
                                            null);
                            p.indicatorCell(missed, Role.WEIGHT, new BigDecimal("0"));
                            p.total("85");
                        });
        // the 成本 row is 0/0: 产出 stays 50; make one indicator miss instead, with full marks and no
        // 偏差原因
        try (XSSFWorkbook wb = open(file)) {
            ProjectFill p = ProjectSamples.sheet(wb, 1);
            int row = p.rowOf("受益农户数（户）");
            p.indicatorCell(row, Role.ACTUAL, "2700");
            p.indicatorCell(row, Role.SCORE, new BigDecimal("16")); // over its 分值 15
            Files.write(file, ProjectFill.bytes(wb));
        }
        ProjectSubmission s = ProjectSamples.read(file);
        ProjectEvaluation e = ProjectSamples.evaluate(s, 0);
        Map<String, String> byRule =
                e.findings().stream()
                        .collect(
                                Collectors.toMap(
                                        f -> f.ruleId() + " " + f.source().sheetCell(),
                                        Finding::expected,
                                        (a, b) -> a + "|" + b));
        assertEquals("400.00", byRule.get("P-FUNDS-SUM 项目1!D6"), byRule.toString());
        assertEquals("260.00", byRule.get("P-FUNDS-SUM 项目1!E6"), byRule.toString());
        assertEquals("80.00%", byRule.get("P-FUNDS-RATE 项目1!G8"), byRule.toString());
        assertEquals("6.5", byRule.get("P-FUNDS-SCORE 项目1!H6"), byRule.toString());
        // 16 over its 分值 15, and the target missed (2700 of 3000): one value for the cell, the
        // lower, 15 × 90%
        assertEquals("13.5", byRule.get("P-SCORE-RANGE 项目1!H22"), byRule.toString());
        assertEquals("请填写偏差原因分析及改进措施", byRule.get("P-DEVIATION 项目1!I22"), byRule.toString());
        assertEquals(
                "79",
                byRule.entrySet().stream()
                        .filter(x -> x.getKey().startsWith("P-RULE"))
                        .findFirst()
                        .orElseThrow()
                        .getValue());
        assertTrue(e.blocked());
        assertEquals("执行率60%–70%", e.cap().name());
        assertEquals(0, new BigDecimal("79").compareTo(e.total()));

        apply(file, e.findings());
        ProjectEvaluation again = ProjectSamples.evaluate(ProjectSamples.read(file), 0);
        assertEquals(
                List.of(),
                again.findings(),
                () ->
                        again.findings().stream()
                                .map(Finding::toString)
                                .collect(Collectors.joining("\n")));
        assertFalse(again.blocked());
        assertEquals(0, new BigDecimal("79").compareTo(again.total()));
    }

    /**
     * Types each finding's 应为 into its cell (a sentence of advice: the clerk writes the explanation
     * asked for).
     */
    private static void apply(Path file, List<Finding> findings) throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            for (Finding f : findings) {
                if (f.source().cell() == null) continue;
                XSSFSheet sheet = wb.getSheet(f.source().sheet());
                CellReference ref = new CellReference(f.source().cell());
                XSSFRow row =
                        sheet.getRow(ref.getRow()) == null
                                ? sheet.createRow(ref.getRow())
                                : sheet.getRow(ref.getRow());
                XSSFCell cell =
                        row.getCell(ref.getCol()) == null
                                ? row.createCell(ref.getCol())
                                : row.getCell(ref.getCol());
                String value = f.expected().replace(",", "").replace("%", "");
                if (value.matches("-?\\d+(\\.\\d+)?")) cell.setCellValue(Double.parseDouble(value));
                else cell.setCellValue("户厕改造因用地协调推迟开工，已调整施工计划，2024年一季度完成。");
            }
            Files.write(file, ProjectFill.bytes(wb));
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
