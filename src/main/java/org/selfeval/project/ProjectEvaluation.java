package org.selfeval.project;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ScoreRule;
import org.selfeval.model.Finding;
import org.selfeval.model.ProjectSheet;

/**
 * One project after audit and scoring: the figures recomputed from its cells, the reviewed score of
 * each indicator, the sum, the 评分规则 that capped the total (null when none did), the total and the
 * grade.
 *
 * @param department the 主管部门, or the department's name when the project came with its department's
 *     workbook
 * @param sum the execution rate's score plus every indicator's reviewed score, before any cap
 */
public record ProjectEvaluation(
        ProjectSheet sheet,
        ProjectFramework framework,
        String department,
        String year,
        List<Finding> findings,
        FundsReview funds,
        List<ReviewedIndicator> indicators,
        BigDecimal sum,
        ScoreRule cap,
        BigDecimal total,
        String grade) {

    public ProjectEvaluation {
        findings = List.copyOf(findings);
        indicators = List.copyOf(indicators);
    }

    public boolean blocked() {
        return findings.stream().anyMatch(Finding::blocks);
    }

    public String name() {
        return sheet.title();
    }

    /** False when nothing could be scored: there is no total to print. */
    public boolean scored() {
        return total != null;
    }
}
