package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.ProjectLine;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.model.WorkbookContract;

/** R-X-KEY-PROJECTS: the key projects' 实际支出 together stay within 支出决算 项目支出. */
final class KeyProjectsWithinRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-X-KEY-PROJECTS", "重点项目核对", Severity.WARNING);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        var projects = ctx.expenditureLine("项目支出");
        if (projects.isEmpty() || ctx.recomputed().projects().isEmpty()) return List.of();
        if (ctx.unreadable().any(projects.get().source().current())
                || ctx.recomputed().projects().stream()
                        .anyMatch(p -> ctx.unreadable().any(p.source().actual()))) return List.of();
        BigDecimal spent =
                ctx.recomputed().projects().stream()
                        .map(ProjectLine::actual)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal limit = projects.get().current();
        if (spent.subtract(limit).compareTo(ctx.config().figureTolerance()) <= 0) return List.of();
        return List.of(
                ctx.finding(
                        KIND,
                        AuditContext.sheet(s, WorkbookContract.SHEET_PROJECTS),
                        "重点项目 实际支出合计",
                        "≤ " + Formats.amount(limit),
                        Formats.amount(spent),
                        "重点项目实际支出合计 "
                                + Formats.amount(spent)
                                + " 万元超过支出决算“项目支出” "
                                + Formats.amount(limit)
                                + " 万元：请核对重点项目的实际支出数。"));
    }
}
