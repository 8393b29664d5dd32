package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.batch.ProgressLine;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.WorkbookContract;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.Status;
import org.selfeval.report.print.TablePrinter;
import org.selfeval.report.print.Validation;

/**
 * One precision: percentages with 2 decimals (99.30%), scores as the reference prints them, alike
 * everywhere.
 */
class PrecisionTest {

    @TempDir Path dir;

    @Test
    void aRateEndingInZeroKeepsTwoDecimalsAndTheScoreReadsTheSameEverywhere() throws Exception {
        // 支出合计 22,918.66 ÷ 23,080.22 = 99.30%, 支出率 score 9.93, total 94.93.
        Path workbook = dir.resolve("budget.xlsx");
        try (InputStream in = Files.newInputStream(RealExamples.CORRECTED);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet(WorkbookContract.SHEET_INFO).getRow(14).getCell(1).setCellValue(23080.22);
            wb.getSheet(WorkbookContract.SHEET_INDICATORS)
                    .getRow(14)
                    .getCell(10)
                    .setCellValue(9.93);
            wb.getSheet(WorkbookContract.SHEET_INDICATORS)
                    .getRow(15)
                    .getCell(10)
                    .setCellValue(46.93);
            wb.getSheet(WorkbookContract.SHEET_INDICATORS)
                    .getRow(47)
                    .getCell(10)
                    .setCellValue(94.93);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
        Outcome o = RealExamples.convert(workbook, DocxRendererTest.RENDERER);
        assertEquals(Status.CONVERTED, o.status(), o.findings().toString());
        String report = new Docx(o.report()).allText();
        assertTrue(Pattern.compile("完成预算的\\s?99\\.30%").matcher(report).find(), report);
        assertTrue(Pattern.compile("自评得分\\s?94\\.93\\s?分").matcher(report).find(), report);

        StringWriter table = new StringWriter();
        new TablePrinter(Pipeline.findingKinds(new SubmissionReader(), new Evaluator()))
                .print(
                        List.of(new Validation(workbook, o.findings(), o.evaluation())),
                        new PrintWriter(table));
        assertTrue(table.toString().contains("部门预算资金支出率（分值 10）：9.93（自报 9.93）"), table.toString());
        assertTrue(table.toString().contains("合计：94.93（自报 94.93），等级：优"), table.toString());
        assertTrue(ProgressLine.of(1, 1, o).contains(" 94.93 优 "), ProgressLine.of(1, 1, o));
    }

    @Test
    void wholeScoresPrintAsTheReferenceDoes() throws Exception {
        Outcome o = RealExamples.convert(RealExamples.CORRECTED, DocxRendererTest.RENDERER);
        String report = new Docx(o.report()).allText();
        // 17 分 and 0.5 分, not 17.00 or 0.50
        assertTrue(Pattern.compile("自评得分\\s?17\\s?分").matcher(report).find(), report);
        assertTrue(Pattern.compile("分值\\s?0\\.5\\s?分").matcher(report).find(), report);
        assertTrue(Pattern.compile("占本年支出合计的\\s?80\\.41%").matcher(report).find(), report);
    }
}
