package org.selfeval.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.NameKey;

/**
 * A bureau's 项目支出绩效自评表 (财预〔2020〕10号 or a province's variant), read from its workbook like the
 * department frameworks: the columns and rows of the 项目资金 and 绩效指标 tables and their labels, the
 * 一级/二级 indicators with their 分值, the 分值 of the execution rate, the bureau's 评分规则 and the grades.
 * The template, the reader, the audit, the project report and the summary all follow it.
 */
public record ProjectFramework(
        String name,
        String title,
        String year,
        String source,
        BigDecimal fundsWeight,
        List<ProjectColumn> columns,
        List<ProjectLevel1> tree,
        List<ScoreRule> rules,
        List<Grade> grades) {

    public ProjectFramework {
        columns = List.copyOf(columns);
        tree = List.copyOf(tree);
        rules = List.copyOf(rules);
        grades = List.copyOf(grades);
    }

    /**
     * The label of a column or the first row with that role, if the framework has it (度量单位 is
     * optional).
     */
    public Optional<String> label(ProjectColumn.Role role) {
        return columns.stream().filter(c -> c.role() == role).map(ProjectColumn::label).findFirst();
    }

    /** The label of a role every project framework has (checked when read). */
    public String required(ProjectColumn.Role role) {
        return label(role)
                .orElseThrow(() -> new IllegalStateException(role + " missing in " + name));
    }

    /** The columns of a part in the order the form prints them (rows excluded). */
    public List<ProjectColumn> columns(ProjectColumn.Part part) {
        return columns.stream().filter(c -> c.part() == part && !c.role().row()).toList();
    }

    /** The 项目资金 rows under 年度资金总额 (其中：本年财政拨款, 上年结转资金, 其他资金), in form order. */
    public List<String> detailRows() {
        return columns.stream()
                .filter(c -> c.role() == ProjectColumn.Role.DETAIL_ROW)
                .map(ProjectColumn::label)
                .toList();
    }

    public Optional<ProjectLevel1> level1(String name) {
        return tree.stream().filter(l -> NameKey.same(l.name(), name)).findFirst();
    }

    /** The grade a total earns: the first band (highest first) whose minimum it reaches. */
    public String grade(BigDecimal total) {
        return grades.stream()
                .sorted((a, b) -> b.minimum().compareTo(a.minimum()))
                .filter(g -> total.compareTo(g.minimum()) >= 0)
                .map(Grade::name)
                .findFirst()
                .orElse("");
    }

    /** The full score: the execution rate's 分值 and every 一级's. */
    public BigDecimal totalWeight() {
        return tree.stream().map(ProjectLevel1::weight).reduce(fundsWeight, BigDecimal::add);
    }

    public List<ScoreRule> rules(ScoreRule.Target target) {
        return rules.stream().filter(r -> r.appliesTo() == target).toList();
    }

    /**
     * True when a sheet's 指标体系 cell names this framework: by its id, its title or both (as {@link
     * #titleWithName()} writes them).
     */
    public boolean isNamed(String text) {
        return NameKey.same(text, name)
                || NameKey.same(text, title)
                || NameKey.same(text, titleWithName());
    }

    /**
     * "项目支出绩效自评表（财预〔2020〕10号）", as messages, documents and the console name it: by its title, as
     * the department's frameworks are named (the short name only where it has no title).
     */
    public String label() {
        return title.isBlank() ? name : title;
    }

    /**
     * "项目支出绩效自评表（财预〔2020〕10号）（project-caiyu-2020）": the title with the short name the template
     * pre-fills and the command line takes, for the guides that explain that name.
     */
    public String titleWithName() {
        return title + "（" + name + "）";
    }
}
