package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.model.WorkbookContract;
import org.selfeval.testing.ClerkWorkbooks;

/**
 * "—", "-", "/", "无" mean "no data" (README): in an amount cell of any framework's template they
 * leave the yellow formulas beside them blank or "—", never #VALUE!. Evaluated by POI as Excel
 * would.
 */
class NoDataFormulasTest {

    private static final String[] MARKS = {"—", "-", "--", "/", "无"};

    @TempDir Path dir;

    @Test
    void noDataMarksNeverBreakTheTemplatesFormulas() throws Exception {
        List<Framework> frameworks =
                List.of(
                        BuiltInFrameworks.get("guangzhou-2023").orElseThrow(),
                        BuiltInFrameworks.get("caiyu-2020").orElseThrow(),
                        ClerkWorkbooks.county(dir).config().framework());
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Framework f : frameworks) {
            for (int m = 0; m < MARKS.length; m++) {
                try (XSSFWorkbook wb = new TemplateWriter(f).build()) {
                    // one amount of each row no data, the other a number (and both no data in a
                    // second row)
                    fill(wb.getSheet(WorkbookContract.SHEET_INCOME), MARKS[m], 1, 2);
                    fill(wb.getSheet(WorkbookContract.SHEET_EXPENDITURE), MARKS[m], 1, 2);
                    fill(wb.getSheet(WorkbookContract.SHEET_PROJECTS), MARKS[m], 3, 4);
                    if (wb.getSheet(WorkbookContract.SHEET_FUNDS) != null)
                        fill(wb.getSheet(WorkbookContract.SHEET_FUNDS), MARKS[m], 2, 3);
                    XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
                    for (Sheet s : wb) {
                        for (Row r : s) {
                            for (Cell c : r) {
                                if (c.getCellType() != CellType.FORMULA) continue;
                                CellValue v = ev.evaluate(c);
                                checked++;
                                if (v.getCellType() == CellType.ERROR) {
                                    broken.add(
                                            f.name()
                                                    + " "
                                                    + s.getSheetName()
                                                    + "!"
                                                    + c.getAddress()
                                                    + " with “"
                                                    + MARKS[m]
                                                    + "”: "
                                                    + v.formatAsString());
                                }
                            }
                        }
                    }
                    // a number beside no data: the difference is the number, the rate blank
                    Row first =
                            wb.getSheet(WorkbookContract.SHEET_INCOME)
                                    .getRow(TemplateLayout.FIRST_DATA_ROW);
                    assertEquals(
                            100.0,
                            ev.evaluate(first.getCell(ComparisonSheet.DIFFERENCE)).getNumberValue(),
                            f.name());
                    assertEquals(
                            "",
                            ev.evaluate(first.getCell(ComparisonSheet.RATE)).getStringValue(),
                            f.name());
                }
            }
        }
        assertEquals(List.of(), broken, String.join("\n", broken));
        assertEquals(true, checked > 100, "formulas evaluated: " + checked);
    }

    /** Row 1: a number then the mark; row 2: the mark in both; row 3: the mark then a number. */
    private static void fill(
            org.apache.poi.xssf.usermodel.XSSFSheet s, String mark, int first, int second) {
        int r = TemplateLayout.FIRST_DATA_ROW;
        SheetScaffold.cell(s, r, first).setCellValue(100);
        SheetScaffold.cell(s, r, second).setCellValue(mark);
        SheetScaffold.cell(s, r + 1, first).setCellValue(mark);
        SheetScaffold.cell(s, r + 1, second).setCellValue(mark);
        SheetScaffold.cell(s, r + 2, first).setCellValue(mark);
        SheetScaffold.cell(s, r + 2, second).setCellValue(50);
    }
}
