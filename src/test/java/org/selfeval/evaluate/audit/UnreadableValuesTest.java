package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.WorkbookContract;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.report.print.TablePrinter;
import org.selfeval.report.print.Validation;

/** One cell (or sheet) that cannot be read gets one finding, at that cell, and breeds no others. */
class UnreadableValuesTest {

    @TempDir Path dir;

    private Path edited(String name, Consumer<XSSFWorkbook> edit) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(ExampleSlips.CORRECTED);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.accept(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    private static List<String> problems(Evaluation e) {
        return e.findings().stream()
                .filter(f -> f.severity() != org.selfeval.model.Severity.INFO)
                .map(f -> f.ruleId() + " " + f.source().sheetCell())
                .toList();
    }

    @Test
    void aWeightTypedWithItsUnitIsReadAndOneInWordsIsOneFinding() throws Exception {
        Path withUnit =
                edited(
                        "unit.xlsx",
                        wb ->
                                wb.getSheet(WorkbookContract.SHEET_INDICATORS)
                                        .getRow(44)
                                        .getCell(8)
                                        .setCellValue("2分"));
        assertEquals(List.of(), problems(Advice.validate(withUnit)));
        Path inWords =
                edited(
                        "words.xlsx",
                        wb ->
                                wb.getSheet(WorkbookContract.SHEET_INDICATORS)
                                        .getRow(44)
                                        .getCell(8)
                                        .setCellValue("两分"));
        assertEquals(List.of("READ-NUMBER 绩效指标!I45"), problems(Advice.validate(inWords)));
        // The other groups' sums are still checked: a 小计 分值 off elsewhere is found beside the
        // unreadable one.
        Path both =
                edited(
                        "both.xlsx",
                        wb -> {
                            wb.getSheet(WorkbookContract.SHEET_INDICATORS)
                                    .getRow(44)
                                    .getCell(8)
                                    .setCellValue("两分");
                            wb.getSheet(WorkbookContract.SHEET_INDICATORS)
                                    .getRow(17)
                                    .getCell(8)
                                    .setCellValue(4);
                        });
        List<String> p = problems(Advice.validate(both));
        assertTrue(p.contains("R-WEIGHT-SUM 绩效指标!I18"), p.toString());
        assertFalse(
                p.stream()
                        .anyMatch(
                                x ->
                                        x.contains("!I46")
                                                || x.contains("!I47")
                                                || x.contains("!I48")),
                p.toString());
    }

    @Test
    void anAmountInYuanIsOneFindingWithTheFigureInWan() throws Exception {
        Path yuan =
                edited(
                        "yuan.xlsx",
                        wb ->
                                wb.getSheet(WorkbookContract.SHEET_INCOME)
                                        .getRow(3)
                                        .getCell(1)
                                        .setCellValue("229,184,100元"));
        Evaluation e = Advice.validate(yuan);
        assertEquals(List.of("READ-NUMBER 收入决算!B4"), problems(e), Advice.describe(e.findings()));
        Finding f =
                e.findings().stream()
                        .filter(x -> x.ruleId().equals("READ-NUMBER"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("22,918.41", f.expected());
        Path fixed = dir.resolve("fixed.xlsx");
        Advice.apply(yuan, e.findings(), fixed);
        Evaluation after = Advice.validate(fixed);
        assertEquals(List.of(), problems(after), Advice.describe(after.findings()));
    }

    @Test
    void aDeletedHeaderRowIsNotAlsoAMissingTotal() throws Exception {
        Path noHeader =
                edited(
                        "header.xlsx",
                        wb -> {
                            var s = wb.getSheet(WorkbookContract.SHEET_INCOME);
                            s.removeRow(s.getRow(1));
                        });
        List<String> p = problems(Advice.validate(noHeader));
        assertTrue(p.stream().anyMatch(x -> x.startsWith("READ-HEADER 收入决算")), p.toString());
        assertFalse(p.stream().anyMatch(x -> x.startsWith("R-")), p.toString());
    }

    @Test
    void aRenamedIndicatorSheetGivesNoScoreRatherThanZero() throws Exception {
        Path renamed =
                edited(
                        "renamed.xlsx",
                        wb ->
                                wb.setSheetName(
                                        wb.getSheetIndex(WorkbookContract.SHEET_INDICATORS),
                                        "绩效指标2023"));
        Evaluation e = Advice.validate(renamed);
        List<String> p = problems(e);
        assertTrue(p.stream().anyMatch(x -> x.startsWith("READ-MISSING-SHEET")), p.toString());
        assertFalse(p.stream().anyMatch(x -> x.startsWith("R-REQUIRED")), p.toString());
        StringWriter out = new StringWriter();
        new TablePrinter(Pipeline.findingKinds(new SubmissionReader(), new Evaluator()))
                .print(List.of(new Validation(renamed, e.findings(), e)), new PrintWriter(out));
        assertTrue(out.toString().contains("未评分"), out.toString());
        assertFalse(out.toString().contains("等级：差"), out.toString());
    }
}
