package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.BasicInfo;
import org.selfeval.model.CellRef;
import org.selfeval.model.ComparisonRow;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorRowKind;
import org.selfeval.model.KeyProject;
import org.selfeval.model.ManagementData;
import org.selfeval.model.Num;
import org.selfeval.model.Submission;
import org.selfeval.model.Text;
import org.selfeval.model.WorkbookContract;

/**
 * Builds a {@link Submission} in code, with the cell references the official template would give
 * (row 1 holds the headers, data from row 2; columns in template order). Numbers are given as text
 * ("22918.41"), null for a blank cell.
 */
public final class SubmissionBuilder {

    private final String file;
    private final Map<String, Text> texts = new LinkedHashMap<>();
    private final Map<String, Num> numbers = new LinkedHashMap<>();
    private final List<ComparisonRow> income = new ArrayList<>();
    private final List<ComparisonRow> expenditure = new ArrayList<>();
    private final List<IndicatorRow> indicators = new ArrayList<>();
    private final List<KeyProject> projects = new ArrayList<>();
    private final Map<String, Num> management = new LinkedHashMap<>();

    public SubmissionBuilder(String file) {
        this.file = file;
    }

    private CellRef cell(String sheet, char column, int row) {
        return CellRef.of(file, sheet, "" + column + row);
    }

    private static BigDecimal number(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    public SubmissionBuilder info(String key, String value) {
        int row = texts.size() + 2;
        texts.put(key, new Text(value, cell(WorkbookContract.SHEET_INFO, 'B', row)));
        if (WorkbookContract.INFO_NUMBER_KEYS.contains(key)) {
            numbers.put(key, new Num(number(value), cell(WorkbookContract.SHEET_INFO, 'B', row)));
        }
        return this;
    }

    public SubmissionBuilder income(
            String item,
            String current,
            String previous,
            String difference,
            String rate,
            String explanation) {
        income.add(
                row(
                        WorkbookContract.SHEET_INCOME,
                        income.size() + 2,
                        item,
                        current,
                        previous,
                        difference,
                        rate,
                        explanation));
        return this;
    }

    public SubmissionBuilder expenditure(
            String item,
            String current,
            String previous,
            String difference,
            String rate,
            String explanation) {
        expenditure.add(
                row(
                        WorkbookContract.SHEET_EXPENDITURE,
                        expenditure.size() + 2,
                        item,
                        current,
                        previous,
                        difference,
                        rate,
                        explanation));
        return this;
    }

    private ComparisonRow row(
            String sheet,
            int r,
            String item,
            String current,
            String previous,
            String difference,
            String rate,
            String explanation) {
        return new ComparisonRow(
                new Text(item, cell(sheet, 'A', r)),
                new Num(number(current), cell(sheet, 'B', r)),
                new Num(number(previous), cell(sheet, 'C', r)),
                new Num(number(difference), cell(sheet, 'D', r)),
                new Num(number(rate), cell(sheet, 'E', r)),
                new Text(explanation, cell(sheet, 'F', r)));
    }

    /** A leaf indicator: 一级 · 二级 · 三级 · 指标内容 · 指标性质 · 年度指标值 · 实际完成值 · 分值 · 评分方法 · 自评得分. */
    public SubmissionBuilder leaf(
            String l1,
            String l2,
            String l3,
            String content,
            String nature,
            String target,
            String actual,
            String weight,
            String method,
            String score) {
        indicators.add(
                indicator(
                        IndicatorRowKind.LEAF,
                        l1,
                        l2,
                        l3,
                        content,
                        nature,
                        target,
                        actual,
                        weight,
                        method,
                        score));
        return this;
    }

    /** A 小计 row: of a 二级 group, or of a 一级 group when {@code l2} is "". */
    public SubmissionBuilder subtotal(String l1, String l2, String weight, String score) {
        indicators.add(
                indicator(
                        IndicatorRowKind.SUBTOTAL,
                        l1,
                        l2,
                        "",
                        WorkbookContract.SUBTOTAL,
                        "",
                        "",
                        "",
                        weight,
                        "",
                        score));
        return this;
    }

    public SubmissionBuilder total(String weight, String score) {
        indicators.add(
                indicator(
                        IndicatorRowKind.TOTAL,
                        WorkbookContract.TOTAL,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        weight,
                        "",
                        score));
        return this;
    }

    private IndicatorRow indicator(
            IndicatorRowKind kind,
            String l1,
            String l2,
            String l3,
            String content,
            String nature,
            String target,
            String actual,
            String weight,
            String method,
            String score) {
        int r = indicators.size() + 2;
        String s = WorkbookContract.SHEET_INDICATORS;
        return new IndicatorRow(
                kind,
                new Text(l1, cell(s, 'A', r)),
                new Text(l2, cell(s, 'B', r)),
                new Text(l3, cell(s, 'C', r)),
                new Text(content, cell(s, 'D', r)),
                new Text(nature, cell(s, 'E', r)),
                new Text(target, cell(s, 'F', r)),
                new Text("", cell(s, 'G', r)),
                new Text(actual, cell(s, 'H', r)),
                new Num(number(weight), cell(s, 'I', r)),
                new Text(method, cell(s, 'J', r)),
                new Num(number(score), cell(s, 'K', r)),
                new Text("", cell(s, 'L', r)),
                cell(s, 'A', r));
    }

    public SubmissionBuilder project(
            String seq,
            String name,
            String initial,
            String adjusted,
            String actual,
            String rate,
            String explanation) {
        projects.add(
                keyProject(
                        file,
                        projects.size() + 2,
                        seq,
                        name,
                        initial,
                        adjusted,
                        actual,
                        rate,
                        explanation));
        return this;
    }

    /** A 重点项目 row of {@code file} at sheet row {@code r}. */
    static KeyProject keyProject(
            String file,
            int r,
            String seq,
            String name,
            String initial,
            String adjusted,
            String actual,
            String rate,
            String explanation) {
        String s = WorkbookContract.SHEET_PROJECTS;
        return new KeyProject(
                new Text(seq, CellRef.of(file, s, "A" + r)),
                new Text(name, CellRef.of(file, s, "B" + r)),
                new Num(number(initial), CellRef.of(file, s, "C" + r)),
                new Num(number(adjusted), CellRef.of(file, s, "D" + r)),
                new Num(number(actual), CellRef.of(file, s, "E" + r)),
                new Num(number(rate), CellRef.of(file, s, "F" + r)),
                new Text(explanation, CellRef.of(file, s, "G" + r)));
    }

    public SubmissionBuilder management(String key, String value) {
        int r = management.size() + 2;
        management.put(
                key, new Num(number(value), cell(WorkbookContract.SHEET_MANAGEMENT, 'B', r)));
        return this;
    }

    public Submission build() {
        return new Submission(
                Path.of(file),
                List.of(Path.of(file)),
                new BasicInfo(texts, numbers),
                table(WorkbookContract.SHEET_INCOME, income),
                table(WorkbookContract.SHEET_EXPENDITURE, expenditure),
                indicators,
                projects,
                new ManagementData(management));
    }

    private static ComparisonTable table(String sheet, List<ComparisonRow> rows) {
        ComparisonRow total =
                rows.stream()
                        .filter(r -> r.name().equals(WorkbookContract.TOTAL))
                        .findFirst()
                        .orElse(null);
        return new ComparisonTable(sheet, total, rows.stream().filter(r -> r != total).toList());
    }
}
