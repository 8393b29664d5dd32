package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.ClerkWorkbooks;
import org.selfeval.testing.ClerkWorkbooks.Filled;

/**
 * 支出决算's 合计 typed 1 too high beside the template's untouched 差异/差异率 formulas: the formulas follow
 * the 合计 by themselves, so they get a 提示 with no figure to type ("改正 支出决算!B3 后自动更新"), and only the
 * 合计 is an error. A 差异 typed by hand to agree with the wrong 合计 stays an error (it would stay
 * wrong). Applying the advice leaves no error and nothing on the formula cells, under each
 * framework.
 */
class FormulaCellsTest {

    @TempDir Path dir;

    @Test
    void formulaCellsFollowingAWrongTotalAreOnlyAHint() throws Exception {
        for (Filled filled : ClerkWorkbooks.all(dir)) {
            Path formulas = dir.resolve(filled + "-formulas.xlsx");
            StaffWorkbooks.templateFormulas(
                    filled.workbook(), formulas, filled.config().framework());
            Path slipped = dir.resolve(filled + "-slipped.xlsx");
            ClerkWorkbooks.edit(
                    formulas,
                    slipped,
                    wb -> {
                        Row total = wb.getSheet("支出决算").getRow(2);
                        ClerkWorkbooks.type(total, 1, total.getCell(1).getNumericCellValue() + 1);
                    });
            Evaluation before = ClerkWorkbooks.evaluate(slipped, filled.config());
            String all = Advice.describe(before.findings());
            assertEquals(
                    List.of("支出决算!B3"),
                    Advice.errors(before.findings()).stream()
                            .map(f -> f.source().sheetCell())
                            .toList(),
                    filled + "\n" + all);
            for (String cell : List.of("支出决算!D3")) { // the 差异率 moves by less than the tolerance
                Finding f = at(before, cell);
                assertEquals(Severity.INFO, f.severity(), filled + " " + all);
                assertEquals("", f.expected(), all);
                assertTrue(f.message().contains("改正 支出决算!B3 后自动更新"), f.message());
            }
            Path applied = dir.resolve(filled + "-applied.xlsx");
            Advice.apply(slipped, before.findings(), applied);
            Evaluation after = ClerkWorkbooks.evaluate(applied, filled.config());
            assertEquals(
                    List.of(),
                    Advice.errors(after.findings()),
                    filled + "\n" + Advice.describe(after.findings()));
            assertTrue(
                    after.findings().stream()
                            .noneMatch(
                                    f ->
                                            f.source() != null
                                                    && List.of("支出决算!D3", "支出决算!E3")
                                                            .contains(f.source().sheetCell())),
                    Advice.describe(after.findings()));
        }
    }

    @Test
    void aTypedDifferenceAgreeingWithAWrongTotalIsStillAnError() throws Exception {
        for (Filled filled : ClerkWorkbooks.all(dir)) {
            Path formulas = dir.resolve(filled + "-formulas.xlsx");
            StaffWorkbooks.templateFormulas(
                    filled.workbook(), formulas, filled.config().framework());
            Path typed = dir.resolve(filled + "-typed.xlsx");
            ClerkWorkbooks.edit(
                    formulas,
                    typed,
                    wb -> {
                        Row total = wb.getSheet("支出决算").getRow(2);
                        double current = total.getCell(1).getNumericCellValue() + 1;
                        ClerkWorkbooks.type(total, 1, current);
                        ClerkWorkbooks.type(
                                total, 3, current - total.getCell(2).getNumericCellValue());
                    });
            Evaluation e = ClerkWorkbooks.evaluate(typed, filled.config());
            assertEquals(
                    Severity.ERROR,
                    at(e, "支出决算!D3").severity(),
                    filled + "\n" + Advice.describe(e.findings()));
        }
    }

    private static Finding at(Evaluation e, String cell) {
        return e.findings().stream()
                .filter(f -> f.source() != null && cell.equals(f.source().sheetCell()))
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "nothing at "
                                                + cell
                                                + ":\n"
                                                + Advice.describe(e.findings())));
    }
}
