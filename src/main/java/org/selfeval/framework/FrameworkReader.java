package org.selfeval.framework;

import static org.selfeval.framework.FrameworkLayout.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.NameKey;
import org.selfeval.model.WorkbookContract;

/**
 * Turns the sheets of a framework workbook into a {@link Framework}, checking everything a finance
 * officer could get wrong and naming the cell and the fix of each problem (all problems at once,
 * not the first only).
 */
final class FrameworkReader {

    private final String source;
    private final Collection<String> knownMethods;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param knownMethods the 评分方法 the engine has; empty = do not check names (the caller checks
     *     later)
     */
    FrameworkReader(String source, Collection<String> knownMethods) {
        this.source = source;
        this.knownMethods = knownMethods;
    }

    Framework read(Map<String, Table> sheets) {
        for (String name : SHEETS) {
            if (!sheets.containsKey(name))
                problems.add("缺少工作表“" + name + "”：请从导出的指标体系工作簿复制该工作表，不要改名或删除。");
        }
        if (!problems.isEmpty()) throw new FrameworkException(source, problems);
        Map<String, String> info = info(sheets.get(INFO));
        List<Level1> tree = tree(sheets.get(TREE));
        List<FormulaInput> inputs = inputs(sheets.get(INPUTS));
        List<Grade> grades = grades(sheets.get(GRADES));
        List<FrameworkSetting> settings =
                sheets.containsKey(RULES) ? settings(sheets.get(RULES)) : List.of();
        if (!problems.isEmpty()) throw new FrameworkException(source, problems);
        return new Framework(
                info.getOrDefault(NAME, ""),
                info.getOrDefault(TITLE, ""),
                info.getOrDefault(YEAR, ""),
                source,
                tree,
                inputs,
                grades,
                YES.equals(info.getOrDefault(FUNDS, NO)),
                settings);
    }

    private Map<String, String> info(Table t) {
        int key = column(t, KEY), value = column(t, VALUE);
        Map<String, String> info = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        for (Table.Row r : t.rows()) {
            if (r.blank() || key < 0 || value < 0) continue;
            info.put(NameKey.of(r.get(key)), r.get(value));
            where.put(NameKey.of(r.get(key)), t.cell(r.index(), value));
        }
        for (String required : List.of(NAME, TITLE)) {
            if (info.getOrDefault(required, "").isEmpty()) {
                problems.add(
                        where.getOrDefault(required, t.sheet())
                                + "：请填写“"
                                + required
                                + "”"
                                + (NAME.equals(required)
                                        ? "（命令行用的简短名称，如 guangzhou-2024，只用字母、数字和短横线）。"
                                        : "（如“某市部门整体支出绩效评价指标体系”）。"));
            }
        }
        String funds = info.getOrDefault(FUNDS, NO);
        if (!funds.isEmpty() && !YES.equals(funds) && !NO.equals(funds)) {
            problems.add(where.get(FUNDS) + "：项目资金表应填“是”或“否”，现为“" + funds + "”。");
        }
        String name = info.getOrDefault(NAME, "");
        if (!name.isEmpty() && !name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            problems.add(where.get(NAME) + "：名称“" + name + "”只能用字母、数字、短横线和下划线，如 guangzhou-2024。");
        }
        return info;
    }

    private List<Level1> tree(Table t) {
        int c1 = column(t, LEVEL1),
                c2 = column(t, LEVEL2),
                c3 = column(t, LEVEL3),
                cw = column(t, WEIGHT),
                cn = column(t, NATURE),
                cm = column(t, METHOD),
                cc = column(t, CONTENT),
                ct = column(t, TARGET),
                cu = column(t, UNIT),
                co = column(t, OWN_ROWS),
                ck = column(t, CATEGORIES);
        if (c1 < 0 || c2 < 0 || c3 < 0 || cw < 0) return List.of();
        // Built in insertion order; the lists are made immutable once every row is read.
        Map<String, Draft1> level1 = new LinkedHashMap<>();
        for (Table.Row r : t.rows()) {
            if (r.blank()) continue;
            String n1 = r.get(c1), n2 = r.get(c2), n3 = r.get(c3);
            int row = r.index();
            if (n1.isEmpty()) {
                problems.add(t.cell(row, c1) + "：请填写一级指标（每行都要写明所属的一级指标）。");
                continue;
            }
            if (n2.isEmpty() && !n3.isEmpty()) {
                problems.add(t.cell(row, c2) + "：三级指标“" + n3 + "”缺少所属的二级指标，请填写。");
                continue;
            }
            if (n2.isEmpty()) {
                BigDecimal w = number(t, r, cw, true);
                if (level1.containsKey(NameKey.of(n1))) {
                    problems.add(t.cell(row, c1) + "：一级指标“" + n1 + "”重复定义，请删除重复的行。");
                    continue;
                }
                level1.put(
                        NameKey.of(n1), new Draft1(n1, w, t.cell(row, cw), new LinkedHashMap<>()));
                continue;
            }
            Draft1 parent1 = level1.get(NameKey.of(n1));
            if (parent1 == null) {
                problems.add(
                        t.cell(row, c1) + "：一级指标“" + n1 + "”还没有定义：请在它的二级、三级指标之前加一行，只填一级指标和分值。");
                continue;
            }
            if (n3.isEmpty()) {
                if (parent1.children().containsKey(NameKey.of(n2))) {
                    problems.add(t.cell(row, c2) + "：二级指标“" + n2 + "”在“" + n1 + "”下重复定义，请删除重复的行。");
                    continue;
                }
                BigDecimal w = number(t, r, cw, false);
                BigDecimal own = co < 0 ? null : number(t, r, co, false);
                int ownRows = 0;
                if (own != null) {
                    if (own.signum() < 0
                            || own.stripTrailingZeros().scale() > 0
                            || own.intValue() > 200) {
                        problems.add(
                                t.cell(row, co) + "：部门自填行数应为 0 到 200 的整数，现为“" + r.get(co) + "”。");
                    } else {
                        ownRows = own.intValue();
                    }
                }
                List<String> categories =
                        ck < 0 || r.get(ck).isEmpty()
                                ? List.of()
                                : Arrays.stream(r.get(ck).split(LIST_SEPARATORS))
                                        .filter(s -> !s.isEmpty())
                                        .toList();
                parent1.children()
                        .put(
                                NameKey.of(n2),
                                new Draft2(
                                        n2,
                                        w,
                                        ownRows,
                                        categories,
                                        t.cell(row, cw),
                                        new ArrayList<>()));
                continue;
            }
            Draft2 parent2 = parent1.children().get(NameKey.of(n2));
            if (parent2 == null) {
                problems.add(
                        t.cell(row, c2)
                                + "：二级指标“"
                                + n2
                                + "”还没有在“"
                                + n1
                                + "”下定义：请在它的三级指标之前加一行，填一级、二级指标和分值。");
                continue;
            }
            BigDecimal w = number(t, r, cw, true);
            String nature = cn < 0 ? "" : r.get(cn);
            if (!nature.isEmpty() && !WorkbookContract.NATURES.contains(nature)) {
                problems.add(
                        t.cell(row, cn)
                                + "：指标性质“"
                                + nature
                                + "”无效，应为 "
                                + String.join("、", WorkbookContract.NATURES)
                                + " 或留空。");
            }
            String method = cm < 0 ? "" : r.get(cm);
            if (!method.isEmpty() && !knownMethods.isEmpty() && !knownMethods.contains(method)) {
                problems.add(
                        t.cell(row, cm)
                                + "：评分方法“"
                                + method
                                + "”无法识别，应为 "
                                + String.join("、", knownMethods)
                                + " 之一，或留空（按指标性质评分）。");
            }
            if (parent2.leaves().stream().anyMatch(l -> NameKey.same(l.name(), n3))) {
                problems.add(t.cell(row, c3) + "：三级指标“" + n3 + "”在“" + n2 + "”下重复定义，请删除重复的行。");
                continue;
            }
            parent2.leaves()
                    .add(
                            new Leaf(
                                    n3,
                                    w == null ? BigDecimal.ZERO : w,
                                    nature,
                                    method,
                                    get(r, cc),
                                    get(r, ct),
                                    get(r, cu)));
        }
        return sums(level1);
    }

    /** Checks that every 分值 adds up (三级 → 二级 → 一级 → 100) and freezes the tree. */
    private List<Level1> sums(Map<String, Draft1> drafts) {
        List<Level1> tree = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Draft1 d1 : drafts.values()) {
            List<Level2> children = new ArrayList<>();
            BigDecimal sum2 = BigDecimal.ZERO;
            boolean allWeighted = !d1.children().isEmpty();
            for (Draft2 d2 : d1.children().values()) {
                BigDecimal leaves =
                        d2.leaves().stream()
                                .map(Leaf::weight)
                                .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (d2.weight() != null
                        && d2.ownRows() == 0
                        && !d2.leaves().isEmpty()
                        && leaves.compareTo(d2.weight()) != 0) {
                    problems.add(
                            d2.cell()
                                    + "：二级指标“"
                                    + d2.name()
                                    + "”分值为 "
                                    + plain(d2.weight())
                                    + "，其下三级指标分值之和为 "
                                    + plain(leaves)
                                    + "：请调整使两者相等。");
                }
                if (d2.weight() == null) allWeighted = false;
                else sum2 = sum2.add(d2.weight());
                children.add(
                        new Level2(
                                d2.name(),
                                d2.weight(),
                                d2.ownRows(),
                                d2.categories(),
                                d2.leaves()));
            }
            if (d1.weight() != null && allWeighted && sum2.compareTo(d1.weight()) != 0) {
                problems.add(
                        d1.cell()
                                + "：一级指标“"
                                + d1.name()
                                + "”分值为 "
                                + plain(d1.weight())
                                + "，其下二级指标分值之和为 "
                                + plain(sum2)
                                + "：请调整使两者相等。");
            }
            BigDecimal w1 = d1.weight() == null ? BigDecimal.ZERO : d1.weight();
            total = total.add(w1);
            tree.add(new Level1(d1.name(), w1, children));
        }
        if (tree.isEmpty()) {
            problems.add(TREE + "：没有任何指标。请至少定义一个一级指标（只填一级指标和分值的一行）。");
        } else if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.add(
                    TREE
                            + "：各一级指标分值之和为 "
                            + plain(total)
                            + "，应为 100：请调整"
                            + drafts.values().stream()
                                    .map(d -> d.cell())
                                    .reduce((a, b) -> a + "、" + b.substring(b.indexOf('!') + 1))
                                    .orElse("")
                            + " 的分值。");
        }
        return tree;
    }

    private List<FormulaInput> inputs(Table t) {
        int cm = column(t, METHOD),
                cr = column(t, ROLE),
                ci = column(t, ITEM),
                cu = column(t, ITEM_UNIT),
                ch = column(t, HINT);
        List<FormulaInput> inputs = new ArrayList<>();
        if (cm < 0 || cr < 0 || ci < 0) return inputs;
        for (Table.Row r : t.rows()) {
            if (r.blank()) continue;
            for (int c : new int[] {cm, cr, ci}) {
                if (r.get(c).isEmpty())
                    problems.add(t.cell(r.index(), c) + "：请填写“" + t.header().get(c) + "”。");
            }
            inputs.add(new FormulaInput(r.get(cm), r.get(cr), r.get(ci), get(r, cu), get(r, ch)));
        }
        return inputs;
    }

    private List<Grade> grades(Table t) {
        int cg = column(t, GRADE), cn = column(t, MINIMUM);
        List<Grade> grades = new ArrayList<>();
        if (cg < 0 || cn < 0) return grades;
        for (Table.Row r : t.rows()) {
            if (r.blank()) continue;
            if (r.get(cg).isEmpty()) problems.add(t.cell(r.index(), cg) + "：请填写等级名称，如“优”。");
            BigDecimal min = number(t, r, cn, true);
            if (min != null) grades.add(new Grade(r.get(cg), min));
        }
        if (grades.isEmpty()) problems.add(GRADES + "：至少要有一个等级（如 优 90、良 80、中 60、差 0）。");
        return grades;
    }

    /**
     * 校验规则: key and value as the configuration file spells them; their meaning is checked with the
     * configuration.
     */
    private List<FrameworkSetting> settings(Table t) {
        int ck = column(t, SETTING), cv = column(t, SETTING_VALUE), cn = t.column(SETTING_NOTE);
        List<FrameworkSetting> settings = new ArrayList<>();
        if (ck < 0 || cv < 0) return settings;
        for (Table.Row r : t.rows()) {
            if (r.blank()) continue;
            String key = r.get(ck);
            if (key.isEmpty()) {
                problems.add(t.cell(r.index(), ck) + "：请填写配置项（如 severity.R-X-INCOME），或删除这一行。");
            } else if (key.startsWith("grade.")
                    || key.startsWith("tree.")
                    || key.startsWith("method.")) {
                problems.add(
                        t.cell(r.index(), ck) + "：“" + key + "”不在这里设置：等级请改“等级”表，指标和评分方法请改“指标体系”表。");
            } else {
                settings.add(new FrameworkSetting(key, r.get(cv), get(r, cn), r.index() + 1));
            }
        }
        return settings;
    }

    private int column(Table t, String label) {
        int c = t.column(label);
        if (c < 0) problems.add(t.sheet() + "：找不到表头“" + label + "”。请保留导出工作簿的第一行表头文字。");
        return c;
    }

    private static String get(Table.Row r, int column) {
        return column < 0 ? "" : r.get(column);
    }

    /**
     * A non-negative number with trailing zeros dropped (2.0 and 2 are one 分值), or null when blank
     * or wrong.
     */
    private BigDecimal number(Table t, Table.Row r, int column, boolean required) {
        String text = r.get(column);
        if (text.isEmpty()) {
            if (required)
                problems.add(
                        t.cell(r.index(), column)
                                + "：请填写"
                                + t.header().get(column)
                                + "（数字，如 2 或 0.5）。");
            return null;
        }
        try {
            // full-width digits (２, ０．５) as WPS with a Chinese input method types them
            String plain =
                    java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                            .replace("分", "")
                            .strip();
            BigDecimal v = new BigDecimal(plain);
            if (v.signum() < 0) {
                problems.add(
                        t.cell(r.index(), column)
                                + "："
                                + t.header().get(column)
                                + "不能为负数，现为 "
                                + text
                                + "。");
                return null;
            }
            return canonical(v);
        } catch (NumberFormatException e) {
            problems.add(
                    t.cell(r.index(), column)
                            + "："
                            + t.header().get(column)
                            + "“"
                            + text
                            + "”不是数字，请填写数字，如 2 或 0.5。");
            return null;
        }
    }

    /** 2, 2.0 and 2.00 are one 分值: trailing zeros dropped, never an exponent (20, not 2E+1). */
    static BigDecimal canonical(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private record Draft1(
            String name, BigDecimal weight, String cell, Map<String, Draft2> children) {}

    private record Draft2(
            String name,
            BigDecimal weight,
            int ownRows,
            List<String> categories,
            String cell,
            List<Leaf> leaves) {}
}
