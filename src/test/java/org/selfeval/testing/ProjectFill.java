package org.selfeval.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.template.ProjectTemplateWriter;

/**
 * Fills a project sheet of the blank 项目支出绩效自评模板 the way a clerk does: finds each label the template
 * printed and types into the cell beside or below it, leaving the template's formulas (执行率, 得分, 总分)
 * alone unless told to type over them. Saved with the formulas' results computed, as Excel or WPS
 * save a workbook.
 */
public final class ProjectFill {

    private final ProjectFramework f;
    private final XSSFSheet sheet;

    private ProjectFill(ProjectFramework framework, XSSFSheet sheet) {
        this.f = framework;
        this.sheet = sheet;
    }

    /** A blank template with {@code projects} sheets. */
    public static XSSFWorkbook template(ProjectFramework framework, int projects) {
        return new ProjectTemplateWriter(framework).build(projects);
    }

    public static ProjectFill sheet(ProjectFramework framework, XSSFWorkbook wb, int index) {
        return new ProjectFill(framework, wb.getSheet("项目" + index));
    }

    /** The project sheet named {@code name} (as in the example, a sheet per project). */
    public static ProjectFill named(ProjectFramework framework, XSSFWorkbook wb, String name) {
        return new ProjectFill(framework, wb.getSheet(name));
    }

    public XSSFSheet poiSheet() {
        return sheet;
    }

    /** 项目名称, 主管部门, 实施单位, 评价年度: the cell right of the key. */
    public ProjectFill key(String key, Object value) {
        Cell k = find(key, 0);
        set(cell(k.getRowIndex(), k.getColumnIndex() + 1), value);
        return this;
    }

    public ProjectFill funds(String row, String initial, String budget, String executed) {
        Cell label = find(row, 0);
        int header = find(f.required(Role.BUDGET), 0).getRowIndex();
        set(cell(label.getRowIndex(), columnOf(header, f.required(Role.INITIAL))), initial);
        set(cell(label.getRowIndex(), columnOf(header, f.required(Role.BUDGET))), budget);
        set(cell(label.getRowIndex(), columnOf(header, f.required(Role.EXECUTED))), executed);
        return this;
    }

    /**
     * Types over a template formula or value in the 项目资金 table (a rate or score copied from
     * elsewhere).
     */
    public ProjectFill fundsCell(String row, Role column, Object value) {
        Cell label = find(row, 0);
        int header = find(f.required(Role.BUDGET), 0).getRowIndex();
        set(cell(label.getRowIndex(), columnOf(header, f.required(column))), value);
        return this;
    }

    public ProjectFill goals(String planned, String achieved) {
        Cell p = find("预期目标", 0);
        Cell a = find("实际完成情况", 0);
        set(cell(p.getRowIndex() + 1, p.getColumnIndex()), planned);
        set(cell(a.getRowIndex() + 1, a.getColumnIndex()), achieved);
        return this;
    }

    /**
     * The next free row the template labelled with {@code level1}: 二级, 三级, 年度指标值, 实际完成值, 分值, 得分,
     * and the 偏差原因 (null: left blank). Extra columns (指标性质, 度量单位) by {@link #indicatorCell}.
     */
    public int indicator(
            String level1,
            String level2,
            String level3,
            String target,
            String actual,
            String weight,
            String score,
            String deviation) {
        int header = find(f.required(Role.LEVEL3), 0).getRowIndex();
        int c1 = columnOf(header, f.required(Role.LEVEL1)),
                c3 = columnOf(header, f.required(Role.LEVEL3));
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            if (!level1.equals(text(r, c1)) || !text(r, c3).isEmpty()) continue;
            set(cell(r, columnOf(header, f.required(Role.LEVEL2))), level2);
            set(cell(r, c3), level3);
            set(cell(r, columnOf(header, f.required(Role.TARGET))), target);
            set(cell(r, columnOf(header, f.required(Role.ACTUAL))), actual);
            set(cell(r, columnOf(header, f.required(Role.WEIGHT))), new BigDecimal(weight));
            if (score != null)
                set(cell(r, columnOf(header, f.required(Role.SCORE))), new BigDecimal(score));
            if (deviation != null)
                set(cell(r, columnOf(header, f.required(Role.DEVIATION))), deviation);
            return r;
        }
        throw new IllegalStateException(
                "no free row for " + level1 + " in " + sheet.getSheetName());
    }

    public ProjectFill indicatorCell(int row, Role column, Object value) {
        int header = find(f.required(Role.LEVEL3), 0).getRowIndex();
        set(cell(row, columnOf(header, f.required(column))), value);
        return this;
    }

    /** Types a number over the 总分 formula, as a clerk who copies the total from elsewhere does. */
    public ProjectFill total(String score) {
        int header = find(f.required(Role.LEVEL3), 0).getRowIndex();
        Cell total = find(f.required(Role.TOTAL_SCORE), header);
        set(
                cell(total.getRowIndex(), columnOf(header, f.required(Role.SCORE))),
                new BigDecimal(score));
        return this;
    }

    /** "项目资金!D6"-style address of the cell a test expects a finding at. */
    public String address(int row, Role column) {
        int header =
                find(
                                column.part() == org.selfeval.framework.ProjectColumn.Part.FUNDS
                                        ? f.required(Role.BUDGET)
                                        : f.required(Role.LEVEL3),
                                0)
                        .getRowIndex();
        return new org.apache.poi.ss.util.CellReference(row, columnOf(header, f.required(column)))
                .formatAsString();
    }

    public int rowOf(String label) {
        return find(label, 0).getRowIndex();
    }

    public static byte[] bytes(XSSFWorkbook wb) {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Cell find(String text, int fromRow) {
        for (int r = fromRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) continue;
            for (Cell c : row)
                if (c.getCellType() == CellType.STRING && text.equals(c.getStringCellValue()))
                    return c;
        }
        throw new IllegalStateException("no “" + text + "” in " + sheet.getSheetName());
    }

    private int columnOf(int headerRow, String label) {
        for (Cell c : sheet.getRow(headerRow)) {
            if (c.getCellType() == CellType.STRING && label.equals(c.getStringCellValue()))
                return c.getColumnIndex();
        }
        throw new IllegalStateException("no column " + label);
    }

    private String text(int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING
                ? ""
                : cell.getStringCellValue();
    }

    private Cell cell(int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    private static void set(Cell cell, Object value) {
        // typing into a formula cell replaces the formula, as in Excel
        if (cell.getCellType() == CellType.FORMULA) cell.removeFormula();
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof String s && s.matches("-?\\d+(\\.\\d+)?")) {
            cell.setCellValue(Double.parseDouble(s));
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
