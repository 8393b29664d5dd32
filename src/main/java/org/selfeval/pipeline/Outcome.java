package org.selfeval.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;

/**
 * The result of converting one submission, still in memory: publishing writes it.
 *
 * @param evaluation null when the submission was unreadable or an internal error occurred
 * @param report the report .docx, null unless {@link Status#CONVERTED} (and always after {@code
 *     check})
 * @param auditReport the audit report .docx, null on {@link Status#INTERNAL_ERROR} and after {@code
 *     check}
 */
public record Outcome(
        Path origin,
        Status status,
        Evaluation evaluation,
        List<Finding> findings,
        byte[] report,
        byte[] auditReport) {

    public Outcome {
        findings = List.copyOf(findings);
    }

    /** 部门名称, or "" when unknown. */
    public String department() {
        return evaluation == null ? "" : evaluation.department();
    }

    /** 评价年度, or "" when unknown. */
    public String year() {
        return evaluation == null ? "" : evaluation.year();
    }
}
