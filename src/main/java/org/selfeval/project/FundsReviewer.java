package org.selfeval.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.Num;
import org.selfeval.model.ProjectFundRow;
import org.selfeval.model.ProjectSheet;

/**
 * 项目资金: each amount of 年度资金总额 equals the sum of its sources; every typed 执行率 follows from 执行数 ÷
 * 预算数; the total row's 分值 is the framework's and its 得分 is min(执行率, 100%) × 分值. Later figures rest
 * on the corrected ones (the sum of the sources), so applying every advice at once leaves nothing
 * to report.
 */
final class FundsReviewer {

    /** 元 rounded to 万元 on each row may leave a cent between a total and its parts. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProjectFramework f;
    private final List<Finding> findings;

    FundsReviewer(ProjectFramework framework, List<Finding> findings) {
        this.f = framework;
        this.findings = findings;
    }

    FundsReview review(ProjectSheet sheet) {
        Optional<ProjectFundRow> totalRow = sheet.totalFunds();
        String total = f.required(Role.TOTAL_ROW);
        if (totalRow.isEmpty()) {
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.REQUIRED,
                            ProjectChecks.sheetRef(sheet),
                            total,
                            total,
                            "",
                            "项目资金中找不到“" + total + "”一行：请按模板填写" + total + "及其资金来源。"));
            return new FundsReview(null, null, null, null, f.fundsWeight(), null);
        }
        ProjectFundRow t = totalRow.get();
        List<ProjectFundRow> details = sheet.funds().stream().filter(r -> !r.total()).toList();
        BigDecimal initial = summed(t, details, ProjectFundRow::initial, Role.INITIAL);
        BigDecimal budget = summed(t, details, ProjectFundRow::budget, Role.BUDGET);
        BigDecimal executed = summed(t, details, ProjectFundRow::executed, Role.EXECUTED);
        for (ProjectFundRow r : details) checkRate(r, r.budget().value(), r.executed().value());
        BigDecimal rate = rate(budget, executed);
        if (rate == null && executed != null && executed.signum() > 0) {
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.FUNDS_BUDGET,
                            t.budget().source(),
                            total + " " + f.required(Role.BUDGET),
                            "大于 0",
                            Formats.amount(budget),
                            total
                                    + "有"
                                    + f.required(Role.EXECUTED)
                                    + " "
                                    + Formats.amount(executed)
                                    + " 万元，但"
                                    + f.required(Role.BUDGET)
                                    + "为空或为 0，无法计算执行率：请填写"
                                    + f.required(Role.BUDGET)
                                    + "。"));
        }
        checkRate(t, budget, executed);
        BigDecimal score =
                rate == null
                        ? null
                        : rate.min(HUNDRED)
                                .multiply(f.fundsWeight())
                                .divide(HUNDRED, 10, RoundingMode.HALF_UP);
        Num typedWeight = t.weight();
        if (typedWeight.present() && typedWeight.value().compareTo(f.fundsWeight()) != 0) {
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.WEIGHT,
                            typedWeight.source(),
                            total + " " + f.required(Role.FUNDS_WEIGHT),
                            Formats.plain(f.fundsWeight()),
                            Formats.plain(typedWeight.value()),
                            "预算执行率的分值按"
                                    + f.label()
                                    + "为 "
                                    + Formats.plain(f.fundsWeight())
                                    + " 分，填报为 "
                                    + Formats.plain(typedWeight.value())
                                    + "：请改为 "
                                    + Formats.plain(f.fundsWeight())
                                    + "。"));
        }
        Num typedScore = t.score();
        if (score != null
                && typedScore.present()
                && ProjectChecks.differs(typedScore.value(), score)) {
            boolean over = typedScore.value().compareTo(f.fundsWeight()) > 0;
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.FUNDS_SCORE,
                            over
                                    ? ProjectFindings.SCORE_RANGE.defaultSeverity()
                                    : ProjectFindings.FUNDS_SCORE.defaultSeverity(),
                            typedScore.source(),
                            total + " " + f.required(Role.FUNDS_SCORE),
                            Formats.plain(score),
                            Formats.plain(typedScore.value()),
                            "预算执行率得分应为 min(执行率, 100%) × 分值 = "
                                    + Formats.percent(rate)
                                    + " × "
                                    + Formats.plain(f.fundsWeight())
                                    + " = "
                                    + Formats.plain(score)
                                    + " 分"
                                    + (over
                                            ? "，填报的 " + Formats.plain(typedScore.value()) + " 分超过分值"
                                            : "")
                                    + "：请改为 "
                                    + Formats.plain(score)
                                    + "。"));
        }
        return new FundsReview(initial, budget, executed, rate, f.fundsWeight(), score);
    }

    /**
     * The total row's amount in one column, checked against its sources; the sum when they disagree
     * (or the total is blank).
     */
    private BigDecimal summed(
            ProjectFundRow total,
            List<ProjectFundRow> details,
            Function<ProjectFundRow, Num> column,
            Role role) {
        Num typed = column.apply(total);
        List<Num> parts = details.stream().map(column).filter(Num::present).toList();
        if (parts.isEmpty()) return typed.value();
        BigDecimal sum = parts.stream().map(Num::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!typed.present() || typed.value().subtract(sum).abs().compareTo(TOLERANCE) > 0) {
            String label = f.required(role);
            findings.add(
                    ProjectFindings.of(
                            ProjectFindings.FUNDS_SUM,
                            typed.source(),
                            total.name() + " " + label,
                            Formats.amount(sum),
                            typed.present() ? Formats.amount(typed.value()) : "未填",
                            total.name()
                                    + "的"
                                    + label
                                    + "应等于其下各资金来源之和 "
                                    + Formats.amount(sum)
                                    + " 万元，填报为 "
                                    + (typed.present()
                                            ? Formats.amount(typed.value()) + " 万元"
                                            : "空白")
                                    + "：请改为 "
                                    + Formats.amount(sum)
                                    + "（或改正各资金来源）。"));
            return sum;
        }
        return typed.value();
    }

    private void checkRate(ProjectFundRow row, BigDecimal budget, BigDecimal executed) {
        BigDecimal rate = rate(budget, executed);
        Num typed = row.rate();
        if (rate == null || !typed.present()) return;
        if (typed.value()
                        .setScale(2, RoundingMode.HALF_UP)
                        .compareTo(rate.setScale(2, RoundingMode.HALF_UP))
                == 0) return;
        findings.add(
                ProjectFindings.of(
                        ProjectFindings.FUNDS_RATE,
                        typed.source(),
                        row.name() + " " + f.required(Role.RATE),
                        Formats.percent(rate),
                        Formats.percent(typed.value()),
                        row.name()
                                + "的执行率应为 "
                                + f.required(Role.EXECUTED)
                                + " "
                                + Formats.amount(executed)
                                + " ÷ "
                                + f.required(Role.BUDGET)
                                + " "
                                + Formats.amount(budget)
                                + " = "
                                + Formats.percent(rate)
                                + "，填报为 "
                                + Formats.percent(typed.value())
                                + "：请改为 "
                                + Formats.rate(rate)
                                + "%。"));
    }

    static BigDecimal rate(BigDecimal budget, BigDecimal executed) {
        if (budget == null || executed == null || budget.signum() == 0) return null;
        return executed.multiply(HUNDRED).divide(budget, 10, RoundingMode.HALF_UP);
    }
}
