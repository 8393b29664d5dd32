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
 * R-PROJECT-NOTE: a key project below {@code threshold.project-execution} needs an explanation, in
 * its 执行说明 or in 基本信息 重点项目执行说明 (one explanation for all).
 */
final class ProjectExplanationRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-PROJECT-NOTE", "执行说明", Severity.WARNING);
    static final String GENERAL_NOTE = "重点项目执行说明";

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        if (s.info().text(GENERAL_NOTE).isPresent()) return List.of();
        List<Finding> out = new ArrayList<>();
        for (ProjectLine p : ctx.recomputed().projects()) {
            if (p.rate() == null
                    || p.rate().compareTo(ctx.config().projectExecutionThreshold()) >= 0) continue;
            if (!p.explanation().isBlank()) continue;
            out.add(
                    ctx.finding(
                            KIND,
                            p.source().explanation().source(),
                            p.name(),
                            "执行说明",
                            Formats.percent(p.rate()),
                            "重点项目“"
                                    + p.name()
                                    + "”实际支出率 "
                                    + Formats.percent(p.rate())
                                    + "，低于 "
                                    + Formats.plain(ctx.config().projectExecutionThreshold())
                                    + "%：请在“执行说明”列（或基本信息“重点项目执行说明”）说明原因。"));
        }
        return out;
    }
}
