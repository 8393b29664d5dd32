package org.selfeval.evaluate.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.model.WorkbookContract;

/**
 * A seeded generator of submissions a clerk might hand in: the corrected example, made to differ by
 * one to three slips of the kinds seen in published reports (a score above its 分值, a 小计 that does
 * not add up, a detail amount changed without its 合计, spending changed with its 合计 but stale 差异, a
 * 三公 overspend scored full, a 合计 typed wrong with its 差异 typed to agree, a mistyped rate, an amount
 * typed in 元, a 分值 off the framework, a 小计's 分值 that does not add up). Every change is written with
 * POI into a copy.
 */
final class ExampleSlips {

    static final Path CORRECTED = StaffWorkbooks.CORRECTED;
    private static final int KINDS = 11;

    private final Random random;
    private final Path source;

    /** What was changed, for the assertion message. */
    final List<String> changes = new ArrayList<>();

    ExampleSlips(long seed) {
        this(seed, CORRECTED);
    }

    /**
     * Slips into {@code source}, a copy of the corrected example (e.g. with the template's formulas
     * back).
     */
    ExampleSlips(long seed, Path source) {
        this.random = new Random(seed);
        this.source = source;
    }

    Path write(Path out) throws IOException {
        try (InputStream in = Files.newInputStream(source);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int slips = 1 + random.nextInt(3);
            for (int i = 0; i < slips; i++) {
                try {
                    slip(wb, random.nextInt(KINDS));
                } catch (IllegalStateException textAlready) {
                    // an earlier slip typed this cell as text: one slip per cell is enough
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    private void slip(XSSFWorkbook wb, int kind) {
        Sheet indicators = wb.getSheet(WorkbookContract.SHEET_INDICATORS);
        Sheet income = wb.getSheet(WorkbookContract.SHEET_INCOME);
        Sheet expenditure = wb.getSheet(WorkbookContract.SHEET_EXPENDITURE);
        switch (kind) {
            case 0 -> { // a management score anywhere in [0, 分值 + 1], in half points
                int r = pick(managementLeaves(indicators));
                int max = number(indicators, r, 8).intValue() * 2 + 2;
                set(
                        indicators,
                        r,
                        10,
                        BigDecimal.valueOf(random.nextInt(max + 1))
                                .multiply(new BigDecimal("0.5")));
            }
            case 1 -> { // a 小计 or the 合计 typed off by 0.5 to 2
                int r = pick(subtotals(indicators));
                BigDecimal v =
                        number(indicators, r, 10)
                                .add(
                                        new BigDecimal("0.5")
                                                .multiply(
                                                        BigDecimal.valueOf(1 + random.nextInt(4))));
                set(
                        indicators,
                        r,
                        10,
                        random.nextBoolean()
                                ? v
                                : v.subtract(BigDecimal.valueOf(3)).max(BigDecimal.ZERO));
            }
            case 2 -> { // an income amount changed, its 合计, 差异 and 差异率 left as they were
                int r = 3 + random.nextInt(2);
                int c = 1 + random.nextInt(2);
                set(income, r, c, number(income, r, c).add(delta()));
            }
            case 3 -> { // spending changed with its 合计, the typed 差异 and 差异率 left stale
                int r = 3 + random.nextInt(2);
                BigDecimal d = delta();
                set(expenditure, r, 1, number(expenditure, r, 1).add(d));
                set(expenditure, 2, 1, number(expenditure, 2, 1).add(d));
            }
            case 4 -> { // a typed 差异 or 差异率 slip
                Sheet s = random.nextBoolean() ? income : expenditure;
                int r = 2 + random.nextInt(3);
                int c = 3 + random.nextInt(2);
                Cell cell = s.getRow(r).getCell(c);
                if (cell != null && cell.getCellType() == CellType.NUMERIC)
                    set(s, r, c, number(s, r, c).add(delta()));
            }
            case 5 -> { // “三公”经费 overspent: its formula gives 0 while the department kept its score
                Sheet m = wb.getSheet(WorkbookContract.SHEET_MANAGEMENT);
                set(m, 4, 1, number(m, 5, 1).add(delta()));
            }
            case 6 -> { // the income 合计 typed wrong, its 差异 and 差异率 typed to agree with it
                BigDecimal total = number(income, 2, 1).add(delta());
                BigDecimal previous = number(income, 2, 2);
                set(income, 2, 1, total);
                set(income, 2, 3, total.subtract(previous));
                set(
                        income,
                        2,
                        4,
                        total.subtract(previous)
                                .multiply(BigDecimal.valueOf(100))
                                .divide(previous, 2, RoundingMode.HALF_UP));
            }
            case 8 -> { // an amount typed in 元, as text, where the sheet is in 万元
                Sheet s = random.nextBoolean() ? income : expenditure;
                int r = 3 + random.nextInt(2);
                int c = 1 + random.nextInt(2);
                Cell cell = s.getRow(r).getCell(c);
                String yuan =
                        number(s, r, c)
                                        .movePointRight(4)
                                        .setScale(0, RoundingMode.HALF_UP)
                                        .toPlainString()
                                + "元";
                cell.setCellValue(yuan);
                changes.add(s.getSheetName() + "!" + cell.getAddress() + "=" + yuan);
            }
            case 9 -> { // a management indicator's 分值 off the framework, its 小计 left as it was
                int r = pick(managementLeaves(indicators));
                BigDecimal w = number(indicators, r, 8);
                set(
                        indicators,
                        r,
                        8,
                        random.nextBoolean()
                                ? w.add(BigDecimal.ONE)
                                : w.subtract(new BigDecimal("0.5")).max(new BigDecimal("0.5")));
            }
            case 10 -> { // a 小计's 分值 that does not add up
                int r = pick(subtotals(indicators));
                set(
                        indicators,
                        r,
                        8,
                        number(indicators, r, 8).add(BigDecimal.valueOf(1 + random.nextInt(3))));
            }
            default -> { // a key project's 实际支出率 mistyped
                Sheet p = wb.getSheet(WorkbookContract.SHEET_PROJECTS);
                int r = 2 + random.nextInt(2);
                set(p, r, 5, number(p, r, 5).add(BigDecimal.valueOf(1 + random.nextInt(20))));
            }
        }
    }

    private BigDecimal delta() {
        BigDecimal d = BigDecimal.valueOf(1 + random.nextInt(500_000), 2);
        return random.nextBoolean() ? d : d.negate();
    }

    private int pick(List<Integer> rows) {
        return rows.get(random.nextInt(rows.size()));
    }

    private static List<Integer> managementLeaves(Sheet s) {
        List<Integer> rows = new ArrayList<>();
        for (Row r : s) {
            if ("管理效率".equals(text(r, 0)) && !text(r, 2).isEmpty() && !"小计".equals(text(r, 3)))
                rows.add(r.getRowNum());
        }
        return rows;
    }

    private static List<Integer> subtotals(Sheet s) {
        List<Integer> rows = new ArrayList<>();
        for (Row r : s) {
            if ("小计".equals(text(r, 3)) || "合计".equals(text(r, 0))) rows.add(r.getRowNum());
        }
        return rows;
    }

    private static String text(Row r, int c) {
        Cell cell = r.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING
                ? ""
                : cell.getStringCellValue().strip();
    }

    private static BigDecimal number(Sheet s, int r, int c) {
        return BigDecimal.valueOf(s.getRow(r).getCell(c).getNumericCellValue());
    }

    private void set(Sheet s, int r, int c, BigDecimal v) {
        Cell cell = s.getRow(r).getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        if (cell.getCellType() == CellType.FORMULA) cell.removeFormula();
        BigDecimal value = v.setScale(2, RoundingMode.HALF_UP);
        cell.setCellValue(value.doubleValue());
        changes.add(s.getSheetName() + "!" + cell.getAddress() + "=" + value.toPlainString());
    }
}
