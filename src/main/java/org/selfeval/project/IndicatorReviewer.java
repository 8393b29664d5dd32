package org.selfeval.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectLevel1;
import org.selfeval.framework.ScoreRule;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.NameKey;
import org.selfeval.model.ProjectIndicator;

/**
 * Each indicator: its 一级/二级 are the framework's, 分值 and 得分 are there and 得分 lies within 分值, a
 * missed target has its 偏差原因分析 and no full marks (the score follows actual ÷ target), a unit typed
 * into the target goes to the 度量单位 column when the table has one, and the bureau's 评分规则 on
 * indicator scores (a target passed by far) apply. Each indicator's reviewed score is the lowest of
 * these, so one value per cell is advised and applying it converges.
 */
final class IndicatorReviewer {

    private final ProjectFramework f;
    private final List<Finding> findings;

    IndicatorReviewer(ProjectFramework framework, List<Finding> findings) {
        this.f = framework;
        this.findings = findings;
    }

    List<ReviewedIndicator> review(List<ProjectIndicator> indicators) {
        List<ReviewedIndicator> reviewed = new ArrayList<>();
        for (ProjectIndicator i : indicators) reviewed.add(new ReviewedIndicator(i, review(i)));
        return reviewed;
    }

    private BigDecimal review(ProjectIndicator i) {
        String name = i.level3().isBlank() ? i.path() : i.level3().value();
        levels(i);
        if (i.level3().isBlank()) {
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.REQUIRED,
                            i.level3().source(),
                            name,
                            "",
                            "",
                            "这一行填了指标值或分值，但没有填写" + f.required(Role.LEVEL3) + "：请填写指标名称，或清空整行。"));
        }
        if (!i.weight().present()) {
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.REQUIRED,
                            i.weight().source(),
                            name + " " + f.required(Role.WEIGHT),
                            "",
                            "",
                            "“"
                                    + name
                                    + "”没有填写"
                                    + f.required(Role.WEIGHT)
                                    + "：请填写该指标的分值（同一一级指标下各指标分值之和为一级指标的分值）。"));
            return null;
        }
        BigDecimal weight = i.weight().value();
        if (!i.score().present()) {
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.REQUIRED,
                            i.score().source(),
                            name + " " + f.required(Role.SCORE),
                            "",
                            "",
                            "“"
                                    + name
                                    + "”没有填写"
                                    + f.required(Role.SCORE)
                                    + "：请按完成情况自评打分（0 到 "
                                    + Formats.plain(weight)
                                    + " 分）。"));
            return null;
        }
        BigDecimal typed = i.score().value();
        Advice advice = new Advice(typed);
        if (typed.compareTo(weight) > 0 || typed.signum() < 0) {
            BigDecimal bound = typed.signum() < 0 ? BigDecimal.ZERO : weight;
            advice.lower(
                    bound,
                    ProjectFindings.SCORE_RANGE,
                    "自评 " + Formats.plain(typed) + " 分，应在 0 到分值 " + Formats.plain(weight) + " 分之间");
        }
        Optional<ProjectTarget> target =
                ProjectTarget.parse(i.target().value(), i.nature().value());
        Optional<ProjectTarget> actual = ProjectTarget.parse(i.actual().value(), "");
        unit(i, target, name);
        if (target.isPresent() && actual.isPresent()) {
            BigDecimal reached = actual.get().value();
            if (target.get().missedBy(reached))
                missed(i, name, target.get(), reached, weight, advice);
            else rules(i, target.get(), reached, weight, advice);
        }
        if (advice.kind != null) {
            findings.add(
                    ProjectFindings.of(
                            advice.kind,
                            i.score().source(),
                            name + " " + f.required(Role.SCORE),
                            Formats.plain(advice.score),
                            Formats.plain(typed),
                            "“"
                                    + name
                                    + "”"
                                    + String.join("；", advice.reasons)
                                    + "：请改为 "
                                    + Formats.plain(advice.score)
                                    + "。"
                                    + advice.note));
        }
        return advice.score;
    }

    /**
     * The one value advised for a score cell: each check may lower it and says why; the most
     * serious kind among them names the finding, so a cell never gets two values to apply.
     */
    private static final class Advice {
        private BigDecimal score;
        private org.selfeval.model.FindingKind kind;
        private final List<String> reasons = new ArrayList<>();
        private String note = "";

        Advice(BigDecimal typed) {
            this.score = typed;
        }

        void lower(BigDecimal to, org.selfeval.model.FindingKind why, String reason) {
            if (to.compareTo(score) >= 0) return;
            score = to;
            reasons.add(reason);
            if (kind == null || why.defaultSeverity().compareTo(kind.defaultSeverity()) < 0)
                kind = why;
        }
    }

    private void levels(ProjectIndicator i) {
        Optional<ProjectLevel1> l1 = f.level1(i.level1().value());
        if (l1.isEmpty()) {
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.LEVEL,
                            i.level1().source(),
                            i.path(),
                            names(),
                            i.level1().value(),
                            f.required(Role.LEVEL1)
                                    + "“"
                                    + i.level1().value()
                                    + "”不是"
                                    + f.label()
                                    + "的一级指标：请改为 "
                                    + names()
                                    + " 之一。"));
            return;
        }
        if (!i.level2().isBlank()
                && l1.get().level2().stream().noneMatch(n -> NameKey.same(n, i.level2().value()))) {
            String allowed = String.join("、", l1.get().level2());
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.LEVEL,
                            ProjectFindings.LEVEL.defaultSeverity(),
                            i.level2().source(),
                            i.path(),
                            allowed,
                            i.level2().value(),
                            f.required(Role.LEVEL2)
                                    + "“"
                                    + i.level2().value()
                                    + "”不在“"
                                    + l1.get().name()
                                    + "”之下：请改为 "
                                    + allowed
                                    + " 之一（可从下拉列表选择）。"));
        }
    }

    private String names() {
        return String.join("、", f.tree().stream().map(ProjectLevel1::name).toList());
    }

    /** A target with a unit in a table that has a 度量单位 column: the number stays, the unit moves. */
    private void unit(ProjectIndicator i, Optional<ProjectTarget> target, String name) {
        Optional<String> unitColumn = f.label(Role.UNIT);
        if (unitColumn.isEmpty() || target.isEmpty() || !target.get().hasUnit()) return;
        String number = i.target().value().replace(target.get().unit(), "").strip();
        findings.add(
                ProjectFindings.of(
                        ProjectFindings.UNIT,
                        i.target().source(),
                        name + " " + f.required(Role.TARGET),
                        number,
                        i.target().value(),
                        "“"
                                + name
                                + "”的"
                                + f.required(Role.TARGET)
                                + "中写了单位“"
                                + target.get().unit()
                                + "”：请改为 "
                                + number
                                + "，把“"
                                + target.get().unit()
                                + "”填入"
                                + unitColumn.get()
                                + "列"
                                + (i.unit().isBlank() ? "" : "（该列已填“" + i.unit().value() + "”，请核对）")
                                + "。"));
    }

    private void missed(
            ProjectIndicator i,
            String name,
            ProjectTarget target,
            BigDecimal reached,
            BigDecimal weight,
            Advice advice) {
        String deviation = f.required(Role.DEVIATION);
        if (i.deviation().isBlank()) {
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.DEVIATION,
                            i.deviation().source(),
                            name + " " + deviation,
                            "请填写" + deviation,
                            "未填",
                            "“"
                                    + name
                                    + "”实际完成值 "
                                    + i.actual().value()
                                    + " 未达到"
                                    + f.required(Role.TARGET)
                                    + " "
                                    + i.target().value()
                                    + "：请在"
                                    + deviation
                                    + "中说明未完成的原因和改进措施。"));
        }
        BigDecimal earned =
                target.share(reached).multiply(weight).setScale(2, RoundingMode.HALF_UP);
        advice.lower(
                earned,
                ProjectFindings.RESCORE,
                "未完成目标（实际 "
                        + i.actual().value()
                        + "，目标 "
                        + i.target().value()
                        + "），按完成比例应得 "
                        + Formats.plain(earned)
                        + " 分（"
                        + Formats.plain(weight)
                        + " 分 × 完成比例）");
    }

    /**
     * The bureau's rules on an indicator's score: a result far beyond its target loses points (the
     * target was set too low).
     */
    private void rules(
            ProjectIndicator i,
            ProjectTarget target,
            BigDecimal reached,
            BigDecimal weight,
            Advice advice) {
        Optional<BigDecimal> excess = target.excess(reached);
        if (excess.isEmpty()) return;
        for (ScoreRule rule : f.rules(ScoreRule.Target.INDICATOR)) {
            if (rule.quantity() != ScoreRule.Quantity.EXCESS || !rule.covers(excess.get()))
                continue;
            BigDecimal limit =
                    rule.effect() == ScoreRule.Effect.CAP
                            ? rule.points().min(weight)
                            : weight.subtract(rule.points()).max(BigDecimal.ZERO);
            BigDecimal before = advice.score;
            advice.lower(
                    limit,
                    ProjectFindings.RULE,
                    "按评分规则“"
                            + rule.name()
                            + "”（"
                            + rule.words()
                            + "，见指标体系"
                            + rule.cell()
                            + "），实际完成值 "
                            + i.actual().value()
                            + " 超出"
                            + f.required(Role.TARGET)
                            + " "
                            + i.target().value()
                            + " 的 "
                            + Formats.rate(excess.get())
                            + "%，得分最高 "
                            + Formats.plain(limit)
                            + " 分");
            if (advice.score.compareTo(before) < 0) advice.note = rule.message();
        }
    }
}
