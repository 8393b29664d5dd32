package org.selfeval.evaluate.audit;

import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-X-PROJECT-FUNDS: 基本信息 二级项目资金 (the funds self-evaluated project by project) equals 支出决算 项目支出.
 */
final class ProjectFundsRule implements AuditRule {
    static final FindingKind KIND =
            new FindingKind("R-X-PROJECT-FUNDS", "项目资金核对", Severity.WARNING);
    static final String KEY = "二级项目资金";
    private static final InfoAmountCheck CHECK =
            new InfoAmountCheck(KIND, KEY, "支出决算“项目支出”", "请核对；如二级项目未覆盖全部项目支出，报告中的占比不应写 100%。");

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        var funds = s.info().number(KEY);
        var projects = ctx.expenditureLine("项目支出");
        if (funds.isEmpty()
                || projects.isEmpty()
                || ctx.unreadable().any(projects.get().source().current())) return List.of();
        return CHECK.check(funds.get(), projects.get().current(), "", ctx);
    }
}
