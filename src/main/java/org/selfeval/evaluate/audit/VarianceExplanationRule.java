package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Formats;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * R-VARIANCE-NOTE: a detail row whose |差异率| reaches {@code threshold.variance-rate} (or that is new
 * this year: 上年 0, 本年 not) needs a 差异说明.
 */
final class VarianceExplanationRule implements AuditRule {
    static final FindingKind KIND = new FindingKind("R-VARIANCE-NOTE", "差异说明", Severity.WARNING);

    @Override
    public List<FindingKind> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        BigDecimal threshold = ctx.config().varianceThreshold();
        for (ComparisonLine line : ComparisonLines.details(ctx)) {
            if (!line.explanation().isBlank()) continue;
            boolean large =
                    line.rate() == null
                            ? line.current().signum() != 0
                            : line.rate().abs().compareTo(threshold) >= 0;
            if (!large) continue;
            out.add(
                    ctx.finding(
                            KIND,
                            line.source().explanation().source(),
                            line.item(),
                            "差异说明",
                            line.rate() == null ? "差异率 —" : "差异率 " + Formats.percent(line.rate()),
                            "“"
                                    + line.item()
                                    + "”"
                                    + size(line)
                                    + "，绝对值达到 "
                                    + Formats.plain(threshold)
                                    + "%：请在“差异说明”列说明变动的主要原因。"));
        }
        return out;
    }

    /** "差异率 -35.00%", or for a row new this year (上年 0) "上年为 0，本年 12.00 万元". */
    private static String size(ComparisonLine line) {
        if (line.rate() == null) return "上年为 0，本年 " + Formats.amount(line.current()) + " 万元";
        return "差异率 " + Formats.percent(line.rate());
    }
}
