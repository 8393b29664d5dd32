package org.selfeval.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectLevel1;
import org.selfeval.framework.ScoreRule;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.NameKey;
import org.selfeval.model.ProjectIndicator;
import org.selfeval.model.ProjectSheet;

/**
 * The whole table: the indicators' 分值 under each 一级 add up to the framework's weight, and the 总分 is
 * the execution rate's score plus every reviewed indicator score, capped by the bureau's 评分规则 on
 * the total (the lowest cap whose condition holds). The 总分 cell is advised once, with the capped
 * figure and the rule that capped it.
 */
final class TotalReviewer {

    private final ProjectFramework f;
    private final List<Finding> findings;

    TotalReviewer(ProjectFramework framework, List<Finding> findings) {
        this.f = framework;
        this.findings = findings;
    }

    void weights(ProjectSheet sheet) {
        for (ProjectLevel1 l1 : f.tree()) {
            List<ProjectIndicator> under =
                    sheet.indicators().stream()
                            .filter(i -> NameKey.same(i.level1().value(), l1.name()))
                            .toList();
            if (under.stream().anyMatch(i -> !i.weight().present()))
                continue; // each blank 分值 is reported by itself
            BigDecimal sum =
                    under.stream()
                            .map(i -> i.weight().value())
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(l1.weight()) == 0) continue;
            var at =
                    under.isEmpty()
                            ? ProjectChecks.sheetRef(sheet)
                            : under.get(0).weight().source();
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.WEIGHT,
                            at,
                            l1.name() + " " + f.required(Role.WEIGHT),
                            "合计 " + Formats.plain(l1.weight()),
                            "合计 " + Formats.plain(sum),
                            under.isEmpty()
                                    ? "没有“"
                                            + l1.name()
                                            + "”的指标：按"
                                            + f.label()
                                            + "，"
                                            + l1.name()
                                            + "共 "
                                            + Formats.plain(l1.weight())
                                            + " 分，请至少填写一项该类指标。"
                                    : l1.name()
                                            + "各指标的"
                                            + f.required(Role.WEIGHT)
                                            + "之和为 "
                                            + Formats.plain(sum)
                                            + " 分，按"
                                            + f.label()
                                            + "应为 "
                                            + Formats.plain(l1.weight())
                                            + " 分：请调整其下各指标的分值（从 "
                                            + under.get(0).weight().source().sheetCell()
                                            + " 起）。"));
        }
        if (sheet.totalWeight().present()
                && sheet.totalWeight().value().compareTo(f.totalWeight()) != 0) {
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.WEIGHT,
                            ProjectFindings.TOTAL.defaultSeverity(),
                            sheet.totalWeight().source(),
                            f.required(Role.TOTAL_SCORE) + " " + f.required(Role.WEIGHT),
                            Formats.plain(f.totalWeight()),
                            Formats.plain(sheet.totalWeight().value()),
                            "总分的分值应为 "
                                    + Formats.plain(f.totalWeight())
                                    + "：请改为 "
                                    + Formats.plain(f.totalWeight())
                                    + "。"));
        }
    }

    /** The lowest cap a 总分 rule puts on a project with this execution rate, or null. */
    ScoreRule cap(BigDecimal rate) {
        return f.rules(ScoreRule.Target.TOTAL).stream()
                .filter(
                        r ->
                                r.quantity() == ScoreRule.Quantity.EXECUTION_RATE
                                        && r.effect() == ScoreRule.Effect.CAP
                                        && r.covers(rate))
                .min((a, b) -> a.points().compareTo(b.points()))
                .orElse(null);
    }

    /** Deductions a 总分 rule makes at this execution rate. */
    BigDecimal deductions(BigDecimal rate) {
        return f.rules(ScoreRule.Target.TOTAL).stream()
                .filter(
                        r ->
                                r.quantity() == ScoreRule.Quantity.EXECUTION_RATE
                                        && r.effect() == ScoreRule.Effect.DEDUCT
                                        && r.covers(rate))
                .map(ScoreRule::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void total(
            ProjectSheet sheet, BigDecimal sum, BigDecimal total, ScoreRule cap, BigDecimal rate) {
        String label = f.required(Role.TOTAL_SCORE);
        var typed = sheet.totalScore();
        boolean capped = cap != null && total.compareTo(sum) < 0;
        if (typed.present() && !ProjectChecks.differs(typed.value(), total)) return;
        String found = typed.present() ? Formats.plain(typed.value()) : "未填";
        if (capped && (!typed.present() || typed.value().compareTo(total) > 0)) {
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.RULE,
                            typed.source(),
                            label,
                            Formats.plain(total),
                            found,
                            "按评分规则“"
                                    + cap.name()
                                    + "”（"
                                    + cap.words()
                                    + "，见指标体系"
                                    + cap.cell()
                                    + "）：本项目执行率 "
                                    + Formats.percent(rate)
                                    + "，总分最高 "
                                    + Formats.plain(cap.points())
                                    + " 分；各项得分之和为 "
                                    + Formats.plain(sum)
                                    + " 分，"
                                    + label
                                    + "应为 "
                                    + Formats.plain(total)
                                    + " 分：请改为 "
                                    + Formats.plain(total)
                                    + "。"
                                    + cap.message()));
            return;
        }
        findings.add(
                ProjectFindings.of(
                        ProjectFindings.TOTAL,
                        typed.source(),
                        label,
                        Formats.plain(total),
                        found,
                        label
                                + "应为预算执行率得分与各指标得分之和"
                                + (capped ? "（按评分规则“" + cap.name() + "”封顶）" : "")
                                + " "
                                + Formats.plain(total)
                                + " 分，填报为 "
                                + found
                                + (typed.present() ? " 分" : "")
                                + "：请改为 "
                                + Formats.plain(total)
                                + "。"));
    }

    static BigDecimal sum(FundsReview funds, List<ReviewedIndicator> indicators) {
        BigDecimal s = funds.score() == null ? BigDecimal.ZERO : funds.score();
        return indicators.stream()
                .map(ReviewedIndicator::score)
                .filter(Objects::nonNull)
                .reduce(s, BigDecimal::add);
    }
}
