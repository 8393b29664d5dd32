package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Evaluator;
import org.selfeval.model.Comparison;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.Severity;
import org.selfeval.model.WorkbookContract;

/**
 * Staff who type amounts as text ("22,918.41", "２１，２４５．３９", "69.16万元", "—") beside the template's own yellow
 * formulas, which Excel then shows as #VALUE!, and scores as "3分": the submission reads as if typed as numbers.
 */
class TextAmountsBesideFormulasTest {

    private static final Path CORRECTED = Path.of("input-templates", "examples", "huadu-amr-2023-corrected.xlsx");

    @TempDir
    Path dir;

    private int variant;

    @Test
    void textAmountsBesideTheTemplatesFormulasReadAsNumbers() throws Exception {
        Path typed = dir.resolve("typed-as-text.xlsx");
        try (InputStream in = Files.newInputStream(CORRECTED); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String name : List.of(WorkbookContract.SHEET_INCOME, WorkbookContract.SHEET_EXPENDITURE)) {
                Sheet s = wb.getSheet(name);
                for (int r = 2; r <= 4; r++) {
                    Row row = s.getRow(r);
                    asText(row.getCell(1));
                    asText(row.getCell(2));
                    int n = r + 1;
                    // The template's own formulas, as in its blank rows.
                    row.getCell(3).setCellFormula("IF(AND(B" + n + "=\"\",C" + n + "=\"\"),\"\",B" + n + "-C" + n + ")");
                    row.getCell(4).setCellFormula("IF(OR(B" + n + "=\"\",C" + n + "=\"\"),\"\",IF(C" + n + "=0,\"—\",D" + n
                            + "/C" + n + "*100))");
                }
            }
            Sheet projects = wb.getSheet(WorkbookContract.SHEET_PROJECTS);
            for (int r = 2; r <= 3; r++) {
                Row row = projects.getRow(r);
                asText(row.getCell(3));
                asText(row.getCell(4));
                int n = r + 1;
                row.getCell(5).setCellFormula("IF(OR(D" + n + "=\"\",E" + n + "=\"\"),\"\",IF(D" + n + "=0,\"—\",E" + n
                        + "/D" + n + "*100))");
            }
            Row budgetAssessment = wb.getSheet(WorkbookContract.SHEET_INDICATORS).getRow(16); // 新增预算项目事前绩效评估
            budgetAssessment.getCell(8).setCellValue("3分");
            budgetAssessment.getCell(10).setCellValue("3分");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb); // what Excel stores on save: #VALUE! beside text
            try (OutputStream out = Files.newOutputStream(typed)) {
                wb.write(out);
            }
        }

        Evaluation asNumbers = evaluate(CORRECTED);
        Evaluation asText = evaluate(typed);
        List<Finding> blocking = asText.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(List.of(), blocking.stream().filter(f -> !f.ruleId().equals("R-REPORT-TEXT")).toList(), describe(blocking));
        assertEquals(lines(asNumbers.income()), lines(asText.income()));
        assertEquals(lines(asNumbers.expenditure()), lines(asText.expenditure()));
        assertEquals(asNumbers.projects().stream().map(p -> Formats.percent(p.rate())).toList(),
                asText.projects().stream().map(p -> Formats.percent(p.rate())).toList());
        assertEquals(Formats.plain(asNumbers.scores().total()), Formats.plain(asText.scores().total()));
        assertFalse(asText.blocked());
        assertTrue(asText.findings().stream().filter(f -> f.ruleId().equals("READ-FORMULA-ERROR"))
                .allMatch(f -> f.severity() == Severity.INFO && f.message().contains("无需修改")), describe(asText.findings()));
    }

    /** The cell's number typed as text, in turn with thousands separators, in full-width forms, with 万元; 0 as "—". */
    private void asText(Cell cell) {
        BigDecimal v = BigDecimal.valueOf(cell.getNumericCellValue());
        String plain = Formats.amount(v);
        String text = switch (variant++ % 3) {
            case 0 -> plain;
            case 1 -> fullWidth(plain);
            default -> v.stripTrailingZeros().toPlainString() + "万元";
        };
        cell.setCellValue(v.signum() == 0 ? "—" : text);
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
        return sb.toString();
    }

    private static Evaluation evaluate(Path workbook) {
        ReadResult read = new SubmissionReader().read(workbook);
        assertTrue(read.readable(), read.findings().toString());
        return new Evaluator().evaluate(read.submission(), read.findings());
    }

    private static List<String> lines(Comparison c) {
        List<String> out = new ArrayList<>();
        Stream.concat(Stream.of(c.total()), c.details().stream()).forEach(l -> out.add(Formats.amount(l.current()) + " "
                + Formats.amount(l.previous()) + " " + Formats.amount(l.difference()) + " " + Formats.rate(l.rate())));
        return out;
    }

    private static String describe(List<Finding> fs) {
        return fs.stream().map(f -> f.severity().label() + " " + f.ruleId() + " " + f.source().sheetCell() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }
}
