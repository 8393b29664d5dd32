package org.selfeval.evaluate.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.ReadResult;

/**
 * What a clerk does with a 校验报告: write every numeric 应为 into its 位置 (with POI, as Excel would store
 * it), then hand the workbook in again. Also the real reader and evaluator, for tests that validate
 * workbooks.
 */
final class Advice {

    private static final Pattern NUMBER = Pattern.compile("[-−]?[\\d,]+(\\.\\d+)?%?");

    private Advice() {}

    static Evaluation validate(Path workbook) {
        ReadResult read = new SubmissionReader().read(workbook);
        if (!read.readable())
            throw new AssertionError("unreadable " + workbook + ": " + describe(read.findings()));
        return new Evaluator().evaluate(read.submission(), read.findings());
    }

    /**
     * The number an 应为 names ("1,603.86", "−35.00", "99.75%"), or empty for advice in words ("0 ~
     * 2", "—").
     */
    static Optional<BigDecimal> number(String expected) {
        String e = expected == null ? "" : expected.strip();
        if (!NUMBER.matcher(e).matches()) return Optional.empty();
        return Optional.of(new BigDecimal(e.replace(",", "").replace("%", "").replace('−', '-')));
    }

    /** True for a finding whose advice a clerk can apply by typing a number into one cell. */
    static boolean applicable(Finding f) {
        return number(f.expected()).isPresent()
                && f.source() != null
                && f.source().cell() != null
                && f.source().sheet() != null;
    }

    /**
     * Writes every numeric 应为 of {@code findings} into a copy of {@code in}; returns how many cells
     * changed.
     */
    static int apply(Path in, List<Finding> findings, Path out) throws IOException {
        int applied = 0;
        try (InputStream is = Files.newInputStream(in);
                XSSFWorkbook wb = new XSSFWorkbook(is)) {
            for (Finding f : findings) {
                if (!applicable(f)) continue;
                Sheet sheet = wb.getSheet(f.source().sheet());
                CellReference ref = new CellReference(f.source().cell());
                Row row =
                        sheet.getRow(ref.getRow()) == null
                                ? sheet.createRow(ref.getRow())
                                : sheet.getRow(ref.getRow());
                Cell cell = row.getCell(ref.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                BigDecimal v = number(f.expected()).orElseThrow();
                // A clerk overtypes a formula cell; a cell formatted as a percentage holds the
                // fraction.
                if (cell.getCellStyle().getDataFormatString().contains("%")) v = v.movePointLeft(2);
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA)
                    cell.removeFormula();
                cell.setCellValue(v.doubleValue());
                applied++;
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return applied;
    }

    static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    static String describe(List<Finding> fs) {
        return fs.stream()
                .map(
                        f ->
                                f.severity().label()
                                        + " "
                                        + f.ruleId()
                                        + " "
                                        + (f.source() == null ? "" : f.source().sheetCell())
                                        + " 应为["
                                        + f.expected()
                                        + "] 填报["
                                        + f.found()
                                        + "] "
                                        + f.message())
                .collect(Collectors.joining("\n"));
    }
}
