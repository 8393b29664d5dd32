package org.selfeval.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.ProjectColumn;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectLevel1;
import org.selfeval.model.ProjectContract;
import org.selfeval.model.WorkbookContract;

/**
 * One project's 项目支出绩效自评表 as the national form lays it out, columns and labels from the framework:
 * the heading (项目名称, 主管部门, 实施单位, 评价年度, the framework's name pre-filled), 项目资金（万元） with live 执行率 and
 * 得分, 年度总体目标, and 绩效指标 with rows pre-labelled by 一级 and a dropdown of 二级, down to 总分 (a live sum).
 */
final class ProjectTableSheet {

    /** The 项目资金 header row; 年度资金总额 is the row below it. */
    private static final int FUNDS_TOP = 4;

    private final ProjectFramework f;
    private final TemplateStyles styles;
    private final Dropdowns dropdowns;

    ProjectTableSheet(ProjectFramework framework, TemplateStyles styles, Dropdowns dropdowns) {
        this.f = framework;
        this.styles = styles;
        this.dropdowns = dropdowns;
    }

    /** Rows left for each 一级's indicators: two per 二级, at least three. */
    static int rowsFor(ProjectLevel1 l1) {
        return Math.max(3, l1.level2().size() * 2);
    }

    XSSFSheet write(XSSFWorkbook wb, String name) {
        XSSFSheet s = wb.createSheet(name);
        List<ProjectColumn> indicatorColumns = f.columns(ProjectColumn.Part.INDICATORS);
        List<ProjectColumn> fundColumns = f.columns(ProjectColumn.Part.FUNDS);
        int last =
                Math.max(
                        indicatorColumns.size(),
                        fundColumns.size() + 1); // column A holds the section labels
        int mid = (last + 1) / 2;
        Cell title = SheetScaffold.cell(s, 0, 0);
        title.setCellValue(ProjectContract.TITLE);
        title.setCellStyle(styles.title());
        merge(s, 0, 0, 0, last);
        key(s, 1, 0, ProjectContract.KEY_NAME, 1, last);
        key(s, 2, 0, ProjectContract.KEY_DEPARTMENT, 1, mid - 1);
        key(s, 2, mid, ProjectContract.KEY_UNIT, mid + 1, last);
        key(s, 3, 0, ProjectContract.KEY_YEAR, 1, mid - 1);
        key(s, 3, mid, ProjectContract.KEY_FRAMEWORK, mid + 1, last);
        Cell framework = SheetScaffold.cell(s, 3, mid + 1);
        framework.setCellValue(f.name());
        framework.setCellStyle(styles.hint());
        SheetScaffold.comment(
                s, 1, 0, "项目名称、主管部门、实施单位、评价年度填在右边的格子里。与部门工作簿一并报送时，主管部门、评价年度可留空。" + "指标体系已预填，请勿修改。");
        int r = funds(s, FUNDS_TOP, fundColumns);
        r = goals(s, r, mid, last);
        indicators(s, r, indicatorColumns);
        int[] widths = new int[last + 1];
        widths[0] = 12;
        for (int c = 1; c <= last; c++) widths[c] = 14;
        widths[1] = 18;
        if (last >= 3) widths[3] = 24;
        widths[last] = Math.max(widths[last], 30);
        SheetScaffold.widths(s, widths);
        SheetScaffold.printLayout(s);
        // as the department's sheets: labels, the framework's name and the formulas are locked,
        // the input cells are not; rows may be inserted for more indicators
        SheetScaffold.protect(s, true);
        return s;
    }

    private int funds(XSSFSheet s, int top, List<ProjectColumn> columns) {
        List<String> rows = new ArrayList<>();
        rows.add(f.required(Role.TOTAL_ROW));
        rows.addAll(f.detailRows());
        label(s, top, top + rows.size(), ProjectContract.FUNDS_SECTION);
        header(s, top, 1, "");
        for (int i = 0; i < columns.size(); i++) header(s, top, i + 2, columns.get(i).label());
        SheetScaffold.comment(
                s,
                top,
                column(columns, Role.RATE) + 2,
                f.required(Role.RATE)
                        + "、"
                        + f.required(Role.FUNDS_SCORE)
                        + "自动计算，不用填写。"
                        + f.required(Role.TOTAL_ROW)
                        + "应等于其下各行之和，没有的填 0。");
        int budget = column(columns, Role.BUDGET) + 2,
                executed = column(columns, Role.EXECUTED) + 2,
                weight = column(columns, Role.FUNDS_WEIGHT) + 2,
                rate = column(columns, Role.RATE) + 2,
                score = column(columns, Role.FUNDS_SCORE) + 2;
        for (int i = 0; i < rows.size(); i++) {
            int r = top + 1 + i;
            Cell item = SheetScaffold.cell(s, r, 1);
            item.setCellValue(rows.get(i));
            item.setCellStyle(styles.keyLabel());
            for (int c = 2; c < columns.size() + 2; c++)
                SheetScaffold.cell(s, r, c).setCellStyle(styles.amount());
            String b = ComparisonSheet.ref(r, budget), e = ComparisonSheet.ref(r, executed);
            Cell rateCell = SheetScaffold.cell(s, r, rate);
            rateCell.setCellFormula(
                    "IF(OR("
                            + b
                            + "=\"\","
                            + e
                            + "=\"\"),\"\",IF("
                            + b
                            + "=0,\"—\","
                            + e
                            + "/"
                            + b
                            + "*100))");
            rateCell.setCellStyle(styles.formulaRate());
            Cell w = SheetScaffold.cell(s, r, weight);
            Cell sc = SheetScaffold.cell(s, r, score);
            if (i == 0) {
                w.setCellValue(f.fundsWeight().doubleValue());
                w.setCellStyle(styles.formulaRate());
                String rr = ComparisonSheet.ref(r, rate), wr = ComparisonSheet.ref(r, weight);
                sc.setCellFormula(
                        "IF(OR("
                                + rr
                                + "=\"\","
                                + rr
                                + "=\"—\"),\"\",MIN("
                                + rr
                                + ",100)/100*"
                                + wr
                                + ")");
                sc.setCellStyle(styles.formulaRate());
            } else {
                w.setCellValue("—");
                w.setCellStyle(styles.hint());
                sc.setCellValue("—");
                sc.setCellStyle(styles.hint());
            }
        }
        return top + rows.size() + 1;
    }

    private int goals(XSSFSheet s, int top, int mid, int last) {
        label(s, top, top + 1, ProjectContract.GOALS_SECTION);
        header(s, top, 1, ProjectContract.PLANNED);
        merge(s, top, top, 1, mid);
        header(s, top, mid + 1, ProjectContract.ACHIEVED);
        merge(s, top, top, mid + 1, last);
        for (int c = 1; c <= last; c++)
            SheetScaffold.cell(s, top + 1, c).setCellStyle(styles.text());
        merge(s, top + 1, top + 1, 1, mid);
        merge(s, top + 1, top + 1, mid + 1, last);
        s.getRow(top + 1).setHeightInPoints(60);
        return top + 2;
    }

    private void indicators(XSSFSheet s, int top, List<ProjectColumn> columns) {
        int rows = f.tree().stream().mapToInt(ProjectTableSheet::rowsFor).sum();
        int level2 = column(columns, Role.LEVEL2) + 1,
                weight = column(columns, Role.WEIGHT) + 1,
                score = column(columns, Role.SCORE) + 1;
        label(s, top, top + rows + 1, ProjectContract.INDICATORS_SECTION);
        for (int i = 0; i < columns.size(); i++) header(s, top, i + 1, columns.get(i).label());
        SheetScaffold.comment(
                s,
                top,
                column(columns, Role.TARGET) + 1,
                "可写“≥50”“≤90”“100%”“2023年12月底前”等。"
                        + (f.label(Role.UNIT).isPresent()
                                ? "单位填在“" + f.required(Role.UNIT) + "”列。"
                                : ""));
        SheetScaffold.comment(
                s, top, column(columns, Role.DEVIATION) + 1, "实际完成值未达到年度指标值时必须填写：偏差原因和改进措施。");
        int r = top + 1;
        for (ProjectLevel1 l1 : f.tree()) {
            int first = r;
            for (int k = 0; k < rowsFor(l1); k++, r++) {
                for (int c = 1; c <= columns.size(); c++) {
                    Role role = columns.get(c - 1).role();
                    Cell cell = SheetScaffold.cell(s, r, c);
                    cell.setCellStyle(
                            role == Role.WEIGHT || role == Role.SCORE
                                    ? styles.rate()
                                    : styles.text());
                }
                Cell l1Cell = SheetScaffold.cell(s, r, column(columns, Role.LEVEL1) + 1);
                l1Cell.setCellValue(l1.name());
                l1Cell.setCellStyle(styles.keyLabel());
            }
            dropdowns.add(
                    s,
                    level2,
                    first,
                    r - 1,
                    "二级指标_" + s.getWorkbook().getSheetIndex(s) + "_" + first,
                    l1.level2(),
                    false,
                    "“" + l1.name() + "”下的二级指标：" + String.join("、", l1.level2()));
        }
        if (f.label(Role.NATURE).isPresent()) {
            dropdowns.add(
                    s,
                    column(columns, Role.NATURE) + 1,
                    top + 1,
                    r - 1,
                    "指标性质_" + s.getWorkbook().getSheetIndex(s),
                    WorkbookContract.NATURES,
                    true,
                    "≥ 不低于目标；≤ 不高于目标；= 等于目标；时限 在期限前完成；定性 定性评价。");
        }
        Cell total = SheetScaffold.cell(s, r, 1);
        total.setCellValue(f.required(Role.TOTAL_SCORE));
        total.setCellStyle(styles.keyLabel());
        String fundsScore = fundsCell(s, Role.FUNDS_SCORE),
                fundsWeight = fundsCell(s, Role.FUNDS_WEIGHT);
        Cell w = SheetScaffold.cell(s, r, weight);
        w.setCellFormula(
                fundsWeight
                        + "+SUM("
                        + ComparisonSheet.ref(top + 1, weight)
                        + ":"
                        + ComparisonSheet.ref(r - 1, weight)
                        + ")");
        w.setCellStyle(styles.formulaRate());
        Cell sc = SheetScaffold.cell(s, r, score);
        sc.setCellFormula(
                "SUM("
                        + fundsScore
                        + ","
                        + ComparisonSheet.ref(top + 1, score)
                        + ":"
                        + ComparisonSheet.ref(r - 1, score)
                        + ")");
        sc.setCellStyle(styles.formulaRate());
        for (int c = 2; c <= columns.size(); c++)
            if (c != weight && c != score) SheetScaffold.cell(s, r, c).setCellStyle(styles.text());
    }

    /** The address of the 年度资金总额 row's cell in the funds column of a role. */
    private String fundsCell(XSSFSheet s, Role role) {
        List<ProjectColumn> columns = f.columns(ProjectColumn.Part.FUNDS);
        return ComparisonSheet.ref(FUNDS_TOP + 1, column(columns, role) + 2);
    }

    private static int column(List<ProjectColumn> columns, Role role) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).role() == role) return i;
        throw new IllegalStateException("framework has no " + role);
    }

    private void key(XSSFSheet s, int r, int c, String key, int from, int to) {
        Cell k = SheetScaffold.cell(s, r, c);
        k.setCellValue(key);
        k.setCellStyle(styles.keyLabel());
        for (int x = from; x <= to; x++) SheetScaffold.cell(s, r, x).setCellStyle(styles.text());
        merge(s, r, r, from, to);
    }

    private void label(XSSFSheet s, int from, int to, String text) {
        Cell c = SheetScaffold.cell(s, from, 0);
        c.setCellValue(text);
        c.setCellStyle(styles.header());
        for (int r = from + 1; r <= to; r++)
            SheetScaffold.cell(s, r, 0).setCellStyle(styles.header());
        merge(s, from, to, 0, 0);
    }

    private void header(XSSFSheet s, int r, int c, String text) {
        Cell cell = SheetScaffold.cell(s, r, c);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header());
    }

    private static void merge(XSSFSheet s, int r1, int r2, int c1, int c2) {
        if (r1 < r2 || c1 < c2) s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }
}
