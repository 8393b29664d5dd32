package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.WorkbookContract;

/**
 * A rescored indicator says why, with the cells it rests on; a variance note states the rate as it
 * is.
 */
class FindingReasonsTest {

    @TempDir Path dir;

    private Evaluation edited(Consumer<XSSFWorkbook> edit) throws Exception {
        Path out = dir.resolve("edited.xlsx");
        try (InputStream in = Files.newInputStream(ExampleSlips.CORRECTED);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.accept(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return Advice.validate(out);
    }

    private static Finding at(Evaluation e, String rule, String cell) {
        return e.findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.source().sheetCell().equals(cell))
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        rule
                                                + " at "
                                                + cell
                                                + ":\n"
                                                + Advice.describe(e.findings())));
    }

    @Test
    void threeCostsOverspentSaysByHowMuchAndWhere() throws Exception {
        Evaluation e =
                edited(
                        wb -> {
                            Sheet m = wb.getSheet(WorkbookContract.SHEET_MANAGEMENT);
                            m.getRow(4).getCell(1).setCellValue(160);
                            m.getRow(5).getCell(1).setCellValue(150);
                        });
        Finding f = at(e, "R-RESCORE", "绩效指标!K45");
        assertEquals("0", f.expected());
        assertTrue(
                f.message().contains("三公经费实际支出 160.00 万元超过三公经费预算 150.00 万元（管理指标数据!B5、B6）"),
                f.message());
        // No report is generated only if something blocks; a warning never claims what the report
        // printed.
        e.findings().forEach(x -> assertFalse(x.message().contains("报告采用"), x.message()));
    }

    @Test
    void carryOverAndLateCompletionGiveTheirReasons() throws Exception {
        Evaluation e =
                edited(
                        wb -> {
                            wb.getSheet(WorkbookContract.SHEET_MANAGEMENT)
                                    .getRow(8)
                                    .getCell(1)
                                    .setCellValue(85);
                            wb.getSheet(WorkbookContract.SHEET_INDICATORS)
                                    .getRow(8)
                                    .getCell(7)
                                    .setCellValue("2024年8月15日完成");
                        });
        assertTrue(
                at(e, "R-RESCORE", "绩效指标!K19").message().contains("结转结余金额 85.00 万元（管理指标数据!B9）不为 0"),
                Advice.describe(e.findings()));
        assertTrue(
                at(e, "R-RESCORE", "绩效指标!K9").message().contains("完成时间 2024年8月15日晚于期限 2023年12月10日"),
                Advice.describe(e.findings()));
    }

    @Test
    void aNegativeVarianceIsStatedAsItIs() throws Exception {
        Evaluation e =
                edited(
                        wb ->
                                wb.getSheet(WorkbookContract.SHEET_INCOME)
                                        .getRow(4)
                                        .getCell(5)
                                        .setBlank());
        Finding f = at(e, "R-VARIANCE-NOTE", "收入决算!F5");
        assertTrue(f.message().contains("“其他收入”差异率 -100.00%，绝对值达到 10%："), f.message());
    }
}
