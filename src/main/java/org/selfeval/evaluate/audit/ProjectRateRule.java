package org.selfeval.evaluate.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.ProjectLine;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-PROJECT-RATE: a typed 实际支出率 equals 实际支出 ÷ 调整后预算 × 100 (not computable without a budget: 0 or
 * blank accepted).
 */
final class ProjectRateRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-PROJECT-RATE", "支出率复核", Severity.ERROR);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectLine p : ctx.recomputed().projects()) {
            var typed = p.source().rate();
            if (!typed.present()) continue;
            if (p.rate() == null) {
                if (typed.value().signum() == 0) continue;
                out.add(
                        ctx.finding(
                                KIND,
                                typed.source(),
                                p.name(),
                                Formats.NOT_COMPUTABLE,
                                Formats.percent(typed.value()),
                                "重点项目“" + p.name() + "”没有调整后预算，实际支出率无法计算：请填“—”或留空。"));
            } else if (ctx.differs(typed.value(), p.rate())) {
                out.add(
                        ctx.finding(
                                KIND,
                                typed.source(),
                                p.name(),
                                Formats.percent(p.rate()),
                                Formats.percent(typed.value()),
                                "重点项目“"
                                        + p.name()
                                        + "”的实际支出率应为实际支出÷调整后预算 = "
                                        + Formats.amount(p.actual())
                                        + "÷"
                                        + Formats.amount(p.adjustedBudget())
                                        + " = "
                                        + Formats.percent(p.rate())
                                        + "，填报为 "
                                        + Formats.percent(typed.value())
                                        + "：请改为 "
                                        + Formats.rate(p.rate())
                                        + "。"));
            }
        }
        return out;
    }
}
