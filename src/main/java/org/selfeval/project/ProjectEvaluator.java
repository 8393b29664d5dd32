package org.selfeval.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.selfeval.framework.ProjectColumn;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectFrameworkSource;
import org.selfeval.framework.ProjectLevel1;
import org.selfeval.framework.ScoreRule;
import org.selfeval.model.Finding;
import org.selfeval.model.NameKey;
import org.selfeval.model.ProjectContract;
import org.selfeval.model.ProjectSheet;
import org.selfeval.model.Text;

/**
 * Audits and scores one project table against its framework: heading, 项目资金, each indicator,
 * weights, the total and the bureau's 评分规则. Stateless: safe to share between threads.
 */
public final class ProjectEvaluator {

    private final Function<String, ProjectFramework> frameworkFor;

    /** The bureau's framework in effect, when known: null when the caller gave a bare function. */
    private final ProjectFrameworkSource.ForSheets inEffect;

    /**
     * @param frameworkFor the framework a sheet is scored with, given its 指标体系 cell ("" when blank)
     */
    public ProjectEvaluator(Function<String, ProjectFramework> frameworkFor) {
        this.frameworkFor = frameworkFor;
        this.inEffect = null;
    }

    /**
     * As the commands score: the framework in effect is known, so a sheet of the bureau's own year
     * filled on another framework is told ({@link ProjectFindings#FRAMEWORK}).
     */
    public ProjectEvaluator(ProjectFrameworkSource.ForSheets frameworkFor) {
        this.frameworkFor = frameworkFor;
        this.inEffect = frameworkFor;
    }

    /**
     * @param department the department's 部门名称 and 评价年度 when the project came with its department's
     *     workbook (null otherwise): a blank 主管部门 or 评价年度 is then taken from it
     */
    public ProjectEvaluation evaluate(ProjectSheet sheet, String department, String year) {
        ProjectFramework f = frameworkFor.apply(sheet.framework().value());
        List<Finding> findings = new ArrayList<>();
        required(sheet.name(), "项目名称", null, findings);
        String dept = required(sheet.department(), "主管部门", department, findings);
        String y = required(sheet.year(), "评价年度", year, findings).replaceAll("年度?$", "");
        otherFramework(sheet, f, y, findings);
        FundsReview funds = new FundsReviewer(f, findings).review(sheet);
        if (sheet.indicators().isEmpty()) {
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.REQUIRED,
                            ProjectChecks.sheetRef(sheet),
                            "绩效指标",
                            "",
                            "",
                            "工作表“" + sheet.sheet() + "”没有可读取的绩效指标行：请在绩效指标表中填写各项指标。"));
        }
        List<ReviewedIndicator> indicators =
                new IndicatorReviewer(f, findings).review(sheet.indicators());
        TotalReviewer totals = new TotalReviewer(f, findings);
        totals.weights(sheet);
        if (funds.rate() == null && sheet.indicators().isEmpty()) {
            return new ProjectEvaluation(
                    sheet, f, dept, y, findings, funds, indicators, null, null, null, "");
        }
        BigDecimal sum = TotalReviewer.sum(funds, indicators);
        ScoreRule cap = funds.rate() == null ? null : totals.cap(funds.rate());
        BigDecimal total =
                sum.subtract(
                                funds.rate() == null
                                        ? BigDecimal.ZERO
                                        : totals.deductions(funds.rate()))
                        .max(BigDecimal.ZERO);
        if (cap != null && cap.points().compareTo(total) < 0) total = cap.points();
        else cap = null; // a cap the total stays under changes nothing and is not printed
        totals.total(sheet, sum, total, cap, funds.rate());
        return new ProjectEvaluation(
                sheet, f, dept, y, findings, funds, indicators, sum, cap, total, f.grade(total));
    }

    /**
     * The bureau's own project framework for the sheet's year is in effect, but the sheet names
     * another (a built-in one, or the bureau's edit kept another's name): a finding at its 指标体系
     * cell, as the department's R-FRAMEWORK tells a workbook filled on another framework. The sheet
     * is still read and scored by the one it names.
     */
    private void otherFramework(
            ProjectSheet sheet, ProjectFramework used, String year, List<Finding> findings) {
        if (inEffect == null) return;
        ProjectFramework own = inEffect.inEffect();
        if (used == own || !inEffect.bureausOwnFor(year)) return;
        Text named = sheet.framework();
        findings.add(
                ProjectFindings.of(
                        ProjectFindings.FRAMEWORK,
                        named.source(),
                        ProjectContract.KEY_FRAMEWORK,
                        own.name(),
                        named.value(),
                        "本次使用的"
                                + own.year().strip()
                                + "年度项目指标体系是“"
                                + apart(own, used)
                                + "”，这张"
                                + year
                                + "年度的项目表却按“"
                                + apart(used, own)
                                + "”填写（已按后者读取、校验和评分，与本年度其他项目的评分标准不一致）："
                                + advice(own, used)));
    }

    /**
     * What the clerk does: when the two tables have the same columns and indicators, typing this
     * year's name in the cell is enough (the sheet is then read and scored by this year's
     * framework); otherwise the sheet must be filled again on this year's template, whose headings
     * differ, and the message names one difference.
     */
    private static String advice(ProjectFramework own, ProjectFramework used) {
        Optional<String> difference = difference(own, used);
        if (difference.isEmpty())
            return "两者的表格和指标相同，请把该格改为“" + own.name() + "”（本年度模板预填的名称），或向财政局确认所用项目指标体系。";
        return "两者的表格或指标不同（"
                + difference.get()
                + "），只改该格不够：请用本年度的项目支出绩效自评模板（selfeval templates --framework 项目指标体系工作簿 生成，"
                + "“指标体系”一格预填“"
                + own.name()
                + "”）重新填报，或向财政局确认所用项目指标体系。";
    }

    /** One way this year's table differs from the one the sheet names, in the clerk's words. */
    private static Optional<String> difference(ProjectFramework own, ProjectFramework used) {
        List<String> labels = used.columns().stream().map(ProjectColumn::label).toList();
        Optional<String> column =
                own.columns().stream()
                        .map(ProjectColumn::label)
                        .filter(l -> labels.stream().noneMatch(u -> NameKey.same(u, l)))
                        .findFirst()
                        .map(l -> "本年度的模板有“" + l + "”");
        if (column.isPresent()) return column;
        if (own.fundsWeight().compareTo(used.fundsWeight()) != 0) return Optional.of("执行率的分值不同");
        for (ProjectLevel1 l : own.tree()) {
            Optional<ProjectLevel1> other = used.level1(l.name());
            if (other.isEmpty()) return Optional.of("本年度的模板有“" + l.name() + "”");
            if (other.get().weight().compareTo(l.weight()) != 0)
                return Optional.of("“" + l.name() + "”的分值不同");
            if (!other.get().level2().equals(l.level2()))
                return Optional.of("“" + l.name() + "”下的二级指标不同");
        }
        if (used.tree().size() != own.tree().size()) return Optional.of("一级指标不同");
        if (!own.columns().equals(used.columns())) return Optional.of("表格的栏目不同");
        return Optional.empty();
    }

    /**
     * A framework by its title, with its short name when the other one has the same title (a
     * bureau's edit of a built-in framework that kept the title).
     */
    private static String apart(ProjectFramework framework, ProjectFramework other) {
        return framework.label().equals(other.label())
                ? framework.label() + "（" + framework.name() + "）"
                : framework.label();
    }

    private static String required(
            Text typed, String key, String fallback, List<Finding> findings) {
        if (!typed.isBlank()) return typed.value();
        if (fallback != null && !fallback.isBlank()) return fallback;
        findings.add(
                ProjectFindings.of(
                        ProjectFindings.REQUIRED,
                        typed.source(),
                        key,
                        "",
                        "",
                        "请填写“" + key + "”（在“" + key + "”右边的单元格）。"));
        return "";
    }
}
