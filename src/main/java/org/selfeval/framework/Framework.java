package org.selfeval.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.model.IndicatorFramework;
import org.selfeval.model.NameKey;

/**
 * A bureau's indicator framework (指标体系), read from its workbook: the 一级/二级/三级 tree with 分值, the
 * pre-filled rows and their standard wording, the 管理指标数据 items formula methods read, and the grade
 * bands. The template, audit weights, scoring, the report's indicator sections and the summary's
 * columns all derive from it. Names are compared by {@link NameKey}.
 *
 * @param name the short name used on the command line ({@code guangzhou-2023})
 * @param title what staff call it (广州市区级部门整体支出绩效评价指标体系)
 * @param year the year it applies to
 * @param source where it was read from (a built-in name or a file), for messages that name the
 *     framework in effect
 * @param fundsTable true when the budget-execution line is the 项目资金 table (年度资金总额 and its sub-rows,
 *     as 财预〔2020〕10号 prints it) rather than 基本信息's 全年预算数 and 支出决算's 合计
 * @param settings the 校验规则 sheet: severities and tolerances the bureau sets with its framework
 *     (empty: the built-in configuration's)
 */
public record Framework(
        String name,
        String title,
        String year,
        String source,
        List<Level1> tree,
        List<FormulaInput> inputs,
        List<Grade> grades,
        boolean fundsTable,
        List<FrameworkSetting> settings)
        implements IndicatorFramework {

    public Framework {
        tree = List.copyOf(tree);
        inputs = List.copyOf(inputs);
        grades = List.copyOf(grades);
        settings = List.copyOf(settings);
    }

    /** The same framework with a 校验规则 sheet (what an export offers the bureau to edit). */
    public Framework withSettings(List<FrameworkSetting> values) {
        return new Framework(name, title, year, source, tree, inputs, grades, fundsTable, values);
    }

    /** The 分值 the framework gives a 一级, 二级 or 三级 indicator, if it names it with one. */
    public Optional<BigDecimal> weight(String level1, String level2, String level3) {
        for (Level1 l1 : tree) {
            if (!NameKey.same(l1.name(), level1)) continue;
            if (NameKey.of(level2).isEmpty()) return Optional.of(l1.weight());
            for (Level2 l2 : l1.children()) {
                if (!NameKey.same(l2.name(), level2)) continue;
                if (NameKey.of(level3).isEmpty()) return Optional.ofNullable(l2.weight());
                return leaf(l2, level3).map(Leaf::weight);
            }
        }
        return Optional.empty();
    }

    private static Optional<Leaf> leaf(Level2 l2, String name) {
        return l2.leaves().stream().filter(l -> NameKey.same(l.name(), name)).findFirst();
    }

    /** The framework's 二级 indicator of that name under that 一级. */
    public Optional<Level2> level2(String level1, String level2) {
        return tree.stream()
                .filter(l1 -> NameKey.same(l1.name(), level1))
                .flatMap(l1 -> l1.children().stream())
                .filter(l2 -> NameKey.same(l2.name(), level2))
                .findFirst();
    }

    @Override
    public Optional<Boolean> departmentOwn(String level1, String level2) {
        return level2(level1, level2).map(Level2::departmentOwn);
    }

    /**
     * Every named 三级 indicator with a 评分方法, by name (the method used when a row leaves 评分方法 blank).
     */
    public Map<String, String> methodByIndicator() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Leaf leaf : leaves()) {
            if (!leaf.method().isEmpty()) m.putIfAbsent(leaf.name(), leaf.method());
        }
        return m;
    }

    /** Every named 三级 indicator, in tree order. */
    /**
     * What this framework calls its budget-execution indicator (the leaf scored 支出率): 部门预算资金支出率,
     * 预算执行率.
     */
    public String budgetRateName() {
        return leaves().stream()
                .filter(l -> "支出率".equals(l.method()))
                .map(Leaf::name)
                .findFirst()
                .orElse("预算执行率");
    }

    public List<Leaf> leaves() {
        return tree.stream()
                .flatMap(l1 -> l1.children().stream())
                .flatMap(l2 -> l2.leaves().stream())
                .toList();
    }

    /** The 一级 names, in tree order (the summary's score columns). */
    @Override
    public List<String> level1Names() {
        return tree.stream().map(Level1::name).toList();
    }

    /** The total of the 一级 分值 (100 for a complete framework). */
    public BigDecimal totalWeight() {
        return tree.stream().map(Level1::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The 管理指标数据 item a formula method reads in a role, e.g. (公用经费控制率, 预算) → 公用经费预算. */
    public Optional<String> input(String method, String role) {
        return inputs.stream()
                .filter(i -> NameKey.same(i.method(), method) && NameKey.same(i.role(), role))
                .map(FormulaInput::item)
                .findFirst();
    }

    /** The 管理指标数据 items, each once, in framework order. */
    public List<FormulaInput> managementItems() {
        Map<String, FormulaInput> items = new LinkedHashMap<>();
        for (FormulaInput i : inputs) items.putIfAbsent(NameKey.of(i.item()), i);
        return List.copyOf(items.values());
    }

    /**
     * The 三级 names staff may pick: the categories of department-own groups and the named
     * indicators.
     */
    public List<String> level3Names() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Level1 l1 : tree) {
            for (Level2 l2 : l1.children()) {
                names.addAll(l2.categories());
                l2.leaves().forEach(l -> names.add(l.name()));
            }
        }
        return new ArrayList<>(names);
    }

    /** The 二级 names, in tree order, each once. */
    public List<String> level2Names() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        tree.forEach(l1 -> l1.children().forEach(l2 -> names.add(l2.name())));
        return new ArrayList<>(names);
    }

    /**
     * "广州市区级部门整体支出绩效评价指标体系", as messages and reports name it: by its title, the short name being
     * for the command line.
     */
    @Override
    public String label() {
        return title.isBlank() ? name : title;
    }
}
