package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.Evaluation;
import org.selfeval.model.IndicatorScore;
import org.selfeval.pipeline.ReadResult;

/**
 * A blank 分值 takes the framework's weight whatever quote style, width or spacing the row's name
 * uses: the template spells “三公”经费控制情况 with curly quotes, clerks type straight or full-width ones
 * (before the framework was one piece of data, a straight-quoted row with a blank 分值 got 0 and a
 * clean workbook lost 2 points).
 */
class BlankWeightTest {

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {"“三公”经费控制情况", "\"三公\"经费控制情况", "＂三公＂经费控制情况", "“三公” 经费控制情况", "'三公'经费控制情况"})
    void aBlankWeightTakesTheFrameworksWhateverTheQuotes(String spelling) throws IOException {
        Path file = dir.resolve("blank.xlsx");
        try (InputStream in =
                        Files.newInputStream(
                                Path.of(
                                        "input-templates",
                                        "examples",
                                        "huadu-amr-2023-corrected.xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheet("绩效指标");
            Row row = null;
            for (Row r : s)
                if (r.getCell(2) != null && r.getCell(2).toString().contains("三公")) row = r;
            row.getCell(2).setCellValue(spelling);
            row.getCell(8).setBlank();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ReadResult read = new SubmissionReader().read(file);
        Evaluation e = new Evaluator().evaluate(read.submission(), read.findings());
        IndicatorScore leaf =
                e.scores().leaves().stream()
                        .filter(l -> l.row().level3().value().contains("三公"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(0, new BigDecimal("2").compareTo(leaf.weight()), spelling);
        assertEquals(
                new BigDecimal("94.98"),
                e.scores().total().setScale(2, java.math.RoundingMode.HALF_UP));
        assertFalse(e.blocked(), e.findings().toString());
        assertTrue(
                e.findings().stream()
                        .noneMatch(
                                f ->
                                        f.ruleId().startsWith("R-WEIGHT")
                                                || f.ruleId().equals("R-TREE")),
                e.findings().toString());
    }
}
