package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.model.WorkbookContract;

/** R-WEIGHT-TOTAL: the 一级 indicators' 分值 add up to 100. */
final class WeightTotalRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-WEIGHT-TOTAL", "总分值", Severity.ERROR);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        var groups = ctx.recomputed().scores().groups();
        if (groups.isEmpty()) return List.of();
        BigDecimal sum =
                groups.stream().map(GroupScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) == 0) return List.of();
        var source =
                IndicatorRows.total(s)
                        .map(r -> r.weight().source())
                        .orElse(AuditContext.sheet(s, WorkbookContract.SHEET_INDICATORS));
        // Which 一级 分值 is wrong is for the department to say: the advice is not a number to type in
        // this cell.
        return List.of(
                ctx.finding(
                        KIND,
                        source,
                        "合计",
                        "一级指标分值之和 100",
                        Formats.plain(sum),
                        "各一级指标分值之和为 " + Formats.plain(sum) + "，应为 100 分：请核对各指标分值。"));
    }
}
