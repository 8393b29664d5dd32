package org.selfeval.evaluate.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.ProjectLine;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/** R-PROJECT-NO-BUDGET: money spent on a key project whose 调整后预算 is blank or 0. */
final class ProjectWithoutBudgetRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-PROJECT-NO-BUDGET", "无预算支出", Severity.ERROR);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectLine p : ctx.recomputed().projects()) {
            boolean noBudget = p.adjustedBudget() == null || p.adjustedBudget().signum() == 0;
            if (noBudget && p.actual().signum() > 0) {
                out.add(
                        ctx.finding(
                                KIND,
                                p.source().adjustedBudget().source(),
                                p.name(),
                                "> 0",
                                p.adjustedBudget() == null
                                        ? ""
                                        : Formats.amount(p.adjustedBudget()),
                                "重点项目“"
                                        + p.name()
                                        + "”实际支出 "
                                        + Formats.amount(p.actual())
                                        + " 万元，但调整后预算为空或 0：请填写调整后预算数。"));
            }
        }
        return out;
    }
}
