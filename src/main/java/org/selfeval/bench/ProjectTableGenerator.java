package org.selfeval.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectLevel1;
import org.selfeval.model.ProjectContract;

/**
 * Project workbooks for the benchmark: the blank 项目支出绩效自评模板 (one sheet per project) filled by label
 * as a clerk fills it, deterministic for a seed and an index. Of every ten projects, six are clean,
 * two execute 55–79 % of the budget with a full self-score (a 评分规则 caps them), two miss a target
 * without a 偏差原因 (a warning and a rescored indicator).
 */
public final class ProjectTableGenerator {

    /** What a generated project holds, so the benchmark can say what it measured. */
    public enum Kind {
        CLEAN,
        CAPPED,
        MISSED_TARGET
    }

    private static final List<String> NAMES =
            List.of("高标准农田建设", "农村公路养护", "义务教育薄弱学校改造", "基层医疗设备购置", "城乡供水保障", "河道综合整治", "公共文化服务");

    private final long seed;
    private final ProjectFramework framework;
    private final IntFunction<XSSFWorkbook> template;

    /**
     * @param template a blank template with {@code 项目1 … 项目k} sheets for k (the template writer's)
     */
    public ProjectTableGenerator(
            long seed, ProjectFramework framework, IntFunction<XSSFWorkbook> template) {
        this.seed = seed;
        this.framework = framework;
        this.template = template;
    }

    public static Kind kind(int project) {
        int k = Math.floorMod(project * 7 + 3, 10);
        return k < 6 ? Kind.CLEAN : k < 8 ? Kind.CAPPED : Kind.MISSED_TARGET;
    }

    /**
     * Workbook {@code index}: its {@code perWorkbook} sheets are projects index·k … index·k+k−1.
     */
    public byte[] xlsx(int index, int perWorkbook) {
        try (XSSFWorkbook wb = template.apply(perWorkbook)) {
            for (int k = 0; k < perWorkbook; k++) {
                Sheet s = wb.getSheet(ProjectContract.SHEET_PREFIX + (k + 1));
                if (s == null)
                    throw new IllegalStateException("the template has no sheet 项目" + (k + 1));
                fill(s, index, index * perWorkbook + k);
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(Sheet s, int workbook, int project) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + project);
        Kind kind = kind(project);
        set(
                right(s, ProjectContract.KEY_NAME),
                NAMES.get(project % NAMES.size()) + "（" + (project + 1) + "）");
        set(right(s, ProjectContract.KEY_DEPARTMENT), "第" + (workbook + 1) + "局");
        set(right(s, ProjectContract.KEY_UNIT), "第" + (workbook + 1) + "局");
        set(right(s, ProjectContract.KEY_YEAR), "2023");
        // 项目资金: the sources sum to the total in every column
        BigDecimal budget = amount(50 + r.nextInt(1950));
        BigDecimal share =
                kind == Kind.CAPPED
                        ? BigDecimal.valueOf(55 + r.nextInt(25))
                        : BigDecimal.valueOf(90 + r.nextInt(11));
        BigDecimal fiscal =
                budget.multiply(BigDecimal.valueOf(0.8)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal carried = budget.subtract(fiscal);
        BigDecimal fiscalSpent = percent(fiscal, share), carriedSpent = percent(carried, share);
        int header = rowWith(s, framework.required(Role.BUDGET));
        List<String> details = framework.detailRows();
        funds(s, header, framework.required(Role.TOTAL_ROW), budget, fiscalSpent.add(carriedSpent));
        funds(s, header, details.get(0), fiscal, fiscalSpent);
        if (details.size() > 1) funds(s, header, details.get(1), carried, carriedSpent);
        for (int i = 2; i < details.size(); i++)
            funds(s, header, details.get(i), BigDecimal.ZERO, BigDecimal.ZERO);
        int goals = rowWith(s, ProjectContract.PLANNED);
        set(s, goals + 1, column(s, goals, ProjectContract.PLANNED), "完成年度建设任务，服务对象满意。");
        set(s, goals + 1, column(s, goals, ProjectContract.ACHIEVED), "按计划完成年度建设任务。");
        indicators(s, r, kind);
    }

    private void funds(Sheet s, int header, String label, BigDecimal budget, BigDecimal executed) {
        int row = rowWith(s, label);
        set(s, row, column(s, header, framework.required(Role.INITIAL)), budget);
        set(s, row, column(s, header, framework.required(Role.BUDGET)), budget);
        set(s, row, column(s, header, framework.required(Role.EXECUTED)), executed);
    }

    private void indicators(Sheet s, SplittableRandom r, Kind kind) {
        int header = rowWith(s, framework.required(Role.LEVEL3));
        int c1 = column(s, header, framework.required(Role.LEVEL1));
        boolean missed = false;
        for (ProjectLevel1 l1 : framework.tree()) {
            List<BigDecimal> weights = split(l1.weight());
            List<Integer> rows = new ArrayList<>();
            for (int row = header + 1;
                    row <= s.getLastRowNum() && rows.size() < weights.size();
                    row++) if (l1.name().equals(text(s, row, c1))) rows.add(row);
            for (int i = 0; i < rows.size(); i++) {
                int row = rows.get(i);
                int target = 10 * (1 + r.nextInt(100));
                boolean miss = kind == Kind.MISSED_TARGET && !missed;
                missed |= miss;
                // met targets stay below the 30 % excess a bureau rule counts as a deviation
                int actual = miss ? target * 9 / 10 : target + r.nextInt(Math.max(1, target / 5));
                set(s, row, col(s, header, Role.LEVEL2), l1.level2().get(i % l1.level2().size()));
                set(
                        s,
                        row,
                        col(s, header, Role.LEVEL3),
                        l1.name().replace("指标", "") + "指标" + (i + 1));
                set(s, row, col(s, header, Role.TARGET), "≥" + target);
                set(s, row, col(s, header, Role.ACTUAL), String.valueOf(actual));
                set(s, row, col(s, header, Role.WEIGHT), weights.get(i));
                set(s, row, col(s, header, Role.SCORE), weights.get(i));
            }
        }
    }

    /** A 一级's 分值 over up to three indicators: 50 → 17 + 17 + 16, 30 → 15 + 15, 10 → 10. */
    private static List<BigDecimal> split(BigDecimal weight) {
        int n =
                weight.compareTo(BigDecimal.valueOf(40)) >= 0
                        ? 3
                        : weight.compareTo(BigDecimal.valueOf(20)) >= 0 ? 2 : 1;
        BigDecimal part = weight.divide(BigDecimal.valueOf(n), 0, RoundingMode.CEILING);
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal left = weight;
        for (int i = 0; i < n - 1; i++) {
            parts.add(part);
            left = left.subtract(part);
        }
        parts.add(left);
        return parts;
    }

    private static BigDecimal amount(int wan) {
        return BigDecimal.valueOf(wan).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal amount, BigDecimal share) {
        return amount.multiply(share).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private int col(Sheet s, int header, Role role) {
        return column(s, header, framework.required(role));
    }

    private static int rowWith(Sheet s, String label) {
        for (Row row : s)
            for (Cell c : row)
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label))
                    return row.getRowNum();
        throw new IllegalStateException("the template has no “" + label + "”");
    }

    private static int column(Sheet s, int row, String label) {
        for (Cell c : s.getRow(row))
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label))
                return c.getColumnIndex();
        throw new IllegalStateException("row " + (row + 1) + " has no “" + label + "”");
    }

    private static Cell right(Sheet s, String key) {
        int row = rowWith(s, key);
        return cell(s, row, column(s, row, key) + 1);
    }

    private static String text(Sheet s, int row, int column) {
        Cell c = s.getRow(row) == null ? null : s.getRow(row).getCell(column);
        return c != null && c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
    }

    private static Cell cell(Sheet s, int row, int column) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }

    private static void set(Sheet s, int row, int column, Object value) {
        set(cell(s, row, column), value);
    }

    private static void set(Cell c, Object value) {
        if (value instanceof BigDecimal n) c.setCellValue(n.doubleValue());
        else c.setCellValue(String.valueOf(value));
    }
}
