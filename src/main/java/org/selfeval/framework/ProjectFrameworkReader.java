package org.selfeval.framework;

import static org.selfeval.framework.ProjectFrameworkLayout.*;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.selfeval.model.NameKey;

/**
 * Turns the sheets of a project framework workbook into a {@link ProjectFramework}, checking
 * everything a finance officer could get wrong — labels, weights, grades and the words of each 评分规则
 * — and naming the cell and the fix of each problem, all at once.
 */
final class ProjectFrameworkReader {

    private final String source;
    private final List<String> problems = new ArrayList<>();

    ProjectFrameworkReader(String source) {
        this.source = source;
    }

    ProjectFramework read(Map<String, Table> sheets) {
        for (String name : SHEETS) {
            if (!sheets.containsKey(name))
                problems.add("缺少工作表“" + name + "”：请从导出的项目指标体系工作簿复制该工作表，不要改名或删除。");
        }
        if (!problems.isEmpty()) throw new FrameworkException(source, problems);
        Table infoSheet = sheets.get(FrameworkLayout.INFO);
        Map<String, Table.Row> info = info(infoSheet);
        String name = value(info, infoSheet, FrameworkLayout.NAME, true);
        if (!name.isEmpty() && !name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            problems.add(
                    where(info, infoSheet, FrameworkLayout.NAME)
                            + "：名称“"
                            + name
                            + "”只能用字母、数字、短横线和下划线，如 project-hunan-2024。");
        }
        String title = value(info, infoSheet, FrameworkLayout.TITLE, true);
        String year = value(info, infoSheet, FrameworkLayout.YEAR, false);
        String kind = value(info, infoSheet, KIND, false);
        if (!kind.isEmpty() && !PROJECT_KIND.equals(kind)) {
            problems.add(
                    where(info, infoSheet, KIND)
                            + "：项目指标体系的类型应为“"
                            + PROJECT_KIND
                            + "”，现为“"
                            + kind
                            + "”。");
        }
        BigDecimal fundsWeight =
                number(
                        where(info, infoSheet, FUNDS_WEIGHT),
                        FUNDS_WEIGHT,
                        value(info, infoSheet, FUNDS_WEIGHT, true));
        List<ProjectColumn> columns = columns(sheets.get(TABLE));
        List<ProjectLevel1> tree = tree(sheets.get(TREE), fundsWeight);
        List<Grade> grades = grades(sheets.get(FrameworkLayout.GRADES));
        List<ScoreRule> rules = sheets.containsKey(RULES) ? rules(sheets.get(RULES)) : List.of();
        if (!problems.isEmpty()) throw new FrameworkException(source, problems);
        return new ProjectFramework(
                name, title, year, source, fundsWeight, columns, tree, rules, grades);
    }

    /** True when a 框架信息 sheet says 类型 项目支出 (a department framework has no 类型). */
    static boolean isProject(Table infoSheet) {
        int key = infoSheet.column(FrameworkLayout.KEY),
                value = infoSheet.column(FrameworkLayout.VALUE);
        if (key < 0 || value < 0) return false;
        return infoSheet.rows().stream()
                .anyMatch(
                        r ->
                                NameKey.same(r.get(key), KIND)
                                        && NameKey.same(r.get(value), PROJECT_KIND));
    }

    private Map<String, Table.Row> info(Table t) {
        Map<String, Table.Row> rows = new LinkedHashMap<>();
        int key = column(t, FrameworkLayout.KEY);
        column(t, FrameworkLayout.VALUE);
        if (key < 0) return rows;
        for (Table.Row r : t.rows()) if (!r.blank()) rows.put(NameKey.of(r.get(key)), r);
        return rows;
    }

    private String value(Map<String, Table.Row> info, Table t, String key, boolean required) {
        Table.Row r = info.get(NameKey.of(key));
        String v = r == null ? "" : r.get(t.column(FrameworkLayout.VALUE));
        if (v.isEmpty() && required) problems.add(where(info, t, key) + "：请填写“" + key + "”。");
        return v;
    }

    private static String where(Map<String, Table.Row> info, Table t, String key) {
        Table.Row r = info.get(NameKey.of(key));
        return r == null
                ? t.sheet() + "（缺少“" + key + "”一行）"
                : t.cell(r.index(), Math.max(t.column(FrameworkLayout.VALUE), 0));
    }

    private List<ProjectColumn> columns(Table t) {
        int cp = column(t, PART), cr = column(t, ROLE), cl = column(t, LABEL);
        List<ProjectColumn> columns = new ArrayList<>();
        if (cp < 0 || cr < 0 || cl < 0) return columns;
        Set<ProjectColumn.Role> seen = EnumSet.noneOf(ProjectColumn.Role.class);
        for (Table.Row r : t.rows()) {
            if (r.blank()) continue;
            Optional<ProjectColumn.Part> part =
                    Arrays.stream(ProjectColumn.Part.values())
                            .filter(p -> NameKey.same(p.word(), r.get(cp)))
                            .findFirst();
            if (part.isEmpty()) {
                problems.add(t.cell(r.index(), cp) + "：部分“" + r.get(cp) + "”无法识别，应为“项目资金”或“绩效指标”。");
                continue;
            }
            Optional<ProjectColumn.Role> role =
                    Arrays.stream(ProjectColumn.Role.values())
                            .filter(
                                    x ->
                                            x.part() == part.get()
                                                    && NameKey.same(x.word(), r.get(cr)))
                            .findFirst();
            if (role.isEmpty()) {
                problems.add(
                        t.cell(r.index(), cr)
                                + "：含义“"
                                + r.get(cr)
                                + "”无法识别，"
                                + part.get().word()
                                + "的含义应为 "
                                + String.join(
                                        "、",
                                        Arrays.stream(ProjectColumn.Role.values())
                                                .filter(x -> x.part() == part.get())
                                                .map(ProjectColumn.Role::word)
                                                .toList())
                                + " 之一（含义请勿修改，改“名称”列即可）。");
                continue;
            }
            if (r.get(cl).isEmpty()) {
                problems.add(t.cell(r.index(), cl) + "：请填写“" + role.get().word() + "”在自评表中的名称。");
                continue;
            }
            if (!seen.add(role.get()) && role.get() != ProjectColumn.Role.DETAIL_ROW) {
                problems.add(t.cell(r.index(), cr) + "：含义“" + role.get().word() + "”重复，请删除重复的行。");
                continue;
            }
            columns.add(new ProjectColumn(part.get(), role.get(), r.get(cl)));
        }
        for (ProjectColumn.Role role : ProjectColumn.Role.values()) {
            if (role.required() && !seen.contains(role) && cp >= 0) {
                problems.add(
                        t.sheet()
                                + "：缺少含义为“"
                                + role.word()
                                + "”的一行（"
                                + role.part().word()
                                + "）。请从导出的工作簿复制该行。");
            }
        }
        return columns;
    }

    private List<ProjectLevel1> tree(Table t, BigDecimal fundsWeight) {
        int c1 = column(t, FrameworkLayout.LEVEL1),
                c2 = column(t, FrameworkLayout.LEVEL2),
                cw = column(t, FrameworkLayout.WEIGHT);
        if (c1 < 0 || c2 < 0 || cw < 0) return List.of();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> weightCells = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            if (r.blank()) continue;
            String n1 = r.get(c1), n2 = r.get(c2);
            if (n1.isEmpty()) {
                problems.add(t.cell(r.index(), c1) + "：请填写一级指标（每行都要写明所属的一级指标）。");
                continue;
            }
            String key = NameKey.of(n1);
            if (n2.isEmpty()) {
                if (names.containsKey(key)) {
                    problems.add(t.cell(r.index(), c1) + "：一级指标“" + n1 + "”重复定义，请删除重复的行。");
                    continue;
                }
                names.put(key, n1);
                weights.put(key, number(t.cell(r.index(), cw), "分值", r.get(cw)));
                weightCells.add(t.cell(r.index(), cw));
                children.put(key, new ArrayList<>());
                continue;
            }
            if (!names.containsKey(key)) {
                problems.add(
                        t.cell(r.index(), c1) + "：一级指标“" + n1 + "”还没有定义：请在它的二级指标之前加一行，只填一级指标和分值。");
                continue;
            }
            if (children.get(key).stream().anyMatch(n -> NameKey.same(n, n2))) {
                problems.add(t.cell(r.index(), c2) + "：二级指标“" + n2 + "”在“" + n1 + "”下重复，请删除重复的行。");
                continue;
            }
            if (!r.get(cw).isEmpty()) {
                problems.add(t.cell(r.index(), cw) + "：二级指标不设分值（由部门在自评表中分配一级指标的分值），请清空。");
            }
            children.get(key).add(n2);
        }
        List<ProjectLevel1> tree = new ArrayList<>();
        BigDecimal total = fundsWeight == null ? BigDecimal.ZERO : fundsWeight;
        for (String key : names.keySet()) {
            BigDecimal w = weights.get(key) == null ? BigDecimal.ZERO : weights.get(key);
            total = total.add(w);
            if (children.get(key).isEmpty()) {
                problems.add(t.sheet() + "：一级指标“" + names.get(key) + "”下没有二级指标，请至少加一行（填一级、二级指标）。");
            }
            tree.add(new ProjectLevel1(names.get(key), w, children.get(key)));
        }
        if (tree.isEmpty()) {
            problems.add(t.sheet() + "：没有任何指标。请至少定义一个一级指标（只填一级指标和分值的一行）。");
        } else if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.add(
                    t.sheet()
                            + "：预算执行率分值与各一级指标分值之和为 "
                            + FrameworkReader.plain(total)
                            + "，应为 100：请调整 "
                            + String.join("、", weightCells)
                            + " 或框架信息的预算执行率分值。");
        }
        return tree;
    }

    private List<Grade> grades(Table t) {
        int cg = column(t, FrameworkLayout.GRADE), cn = column(t, FrameworkLayout.MINIMUM);
        List<Grade> grades = new ArrayList<>();
        if (cg < 0 || cn < 0) return grades;
        for (Table.Row r : t.rows()) {
            if (r.blank()) continue;
            if (r.get(cg).isEmpty()) problems.add(t.cell(r.index(), cg) + "：请填写等级名称，如“优”。");
            BigDecimal min = number(t.cell(r.index(), cn), "最低分", r.get(cn));
            if (min != null) grades.add(new Grade(r.get(cg), min));
        }
        if (grades.isEmpty()) problems.add(t.sheet() + "：至少要有一个等级（如 优 90、良 80、中 60、差 0）。");
        return grades;
    }

    private List<ScoreRule> rules(Table t) {
        int cn = column(t, RULE),
                ca = column(t, APPLIES_TO),
                cc = column(t, CONDITION),
                ce = column(t, EFFECT);
        int cm = t.column(MESSAGE);
        List<ScoreRule> rules = new ArrayList<>();
        if (cn < 0 || ca < 0 || cc < 0 || ce < 0) return rules;
        for (Table.Row r : t.rows()) {
            if (r.blank()) continue;
            Optional<ScoreRule.Target> target =
                    Arrays.stream(ScoreRule.Target.values())
                            .filter(x -> NameKey.same(x.word(), r.get(ca)))
                            .findFirst();
            if (target.isEmpty()) {
                problems.add(t.cell(r.index(), ca) + "：适用于“" + r.get(ca) + "”无法识别，应为“总分”或“指标得分”。");
            }
            Optional<ScoreRuleWords.Range> range = ScoreRuleWords.condition(r.get(cc));
            if (range.isEmpty()) {
                problems.add(
                        t.cell(r.index(), cc)
                                + "：条件“"
                                + r.get(cc)
                                + "”无法识别。请写成 "
                                + ScoreRuleWords.CONDITION_FORMS
                                + " 这样的形式：先写执行率或超出年度指标值，再写一个或两个比较（≥ > ≤ <，也可写“不低于”“低于”），用“且”连接。");
            }
            Optional<ScoreRuleWords.Action> action = ScoreRuleWords.effect(r.get(ce));
            if (action.isEmpty()) {
                problems.add(
                        t.cell(r.index(), ce)
                                + "：处理“"
                                + r.get(ce)
                                + "”无法识别，请写成 "
                                + ScoreRuleWords.EFFECT_FORMS
                                + "。");
            }
            if (target.isPresent()
                    && range.isPresent()
                    && range.get().quantity().target() != target.get()) {
                problems.add(
                        t.cell(r.index(), ca)
                                + "：条件按“"
                                + range.get().quantity().word()
                                + "”判断的规则只能适用于“"
                                + range.get().quantity().target().word()
                                + "”，请改正。");
                continue;
            }
            if (target.isEmpty() || range.isEmpty() || action.isEmpty()) continue;
            ScoreRuleWords.Range g = range.get();
            rules.add(
                    new ScoreRule(
                            r.get(cn).isEmpty() ? r.get(cc) : r.get(cn),
                            target.get(),
                            g.quantity(),
                            g.lower(),
                            g.lowerIncluded(),
                            g.upper(),
                            g.upperIncluded(),
                            action.get().effect(),
                            FrameworkReader.canonical(action.get().points()),
                            r.get(cc),
                            cm < 0 ? "" : r.get(cm),
                            t.cell(r.index(), cc)));
        }
        return rules;
    }

    private int column(Table t, String label) {
        int c = t.column(label);
        if (c < 0) problems.add(t.sheet() + "：找不到表头“" + label + "”。请保留导出工作簿的第一行表头文字。");
        return c;
    }

    /**
     * A non-negative number (full-width digits and a trailing 分 allowed), or null with a problem at
     * {@code cell}.
     */
    private BigDecimal number(String cell, String what, String text) {
        if (text.isEmpty()) {
            problems.add(cell + "：请填写" + what + "（数字，如 10）。");
            return null;
        }
        try {
            BigDecimal v =
                    new BigDecimal(
                            Normalizer.normalize(text, Normalizer.Form.NFKC)
                                    .replace("分", "")
                                    .strip());
            if (v.signum() >= 0) return FrameworkReader.canonical(v);
            problems.add(cell + "：" + what + "不能为负数，现为 " + text + "。");
        } catch (NumberFormatException e) {
            problems.add(cell + "：" + what + "“" + text + "”不是数字，请填写数字，如 10。");
        }
        return null;
    }
}
