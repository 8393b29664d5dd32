package org.selfeval.pipeline;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;

/**
 * The result of converting one submission, still in memory: publishing writes it.
 *
 * @param evaluation null when the submission was unreadable or an internal error occurred
 * @param documents each output format's bytes, in the order the formats are registered; a format
 *     with nothing for this submission is absent; empty on {@link Status#INTERNAL_ERROR} and after
 *     {@code check}
 */
public record Outcome(
        Path origin,
        Status status,
        Evaluation evaluation,
        List<Finding> findings,
        Map<DocumentName, byte[]> documents) {

    public Outcome {
        findings = List.copyOf(findings);
        Map<DocumentName, byte[]> present = new LinkedHashMap<>();
        documents.forEach(
                (name, bytes) -> {
                    if (bytes != null) present.put(name, bytes);
                });
        documents = Collections.unmodifiableMap(present);
    }

    /** With the two standard documents only (either may be null). */
    public Outcome(
            Path origin,
            Status status,
            Evaluation evaluation,
            List<Finding> findings,
            byte[] report,
            byte[] auditReport) {
        this(origin, status, evaluation, findings, standard(report, auditReport));
    }

    private static Map<DocumentName, byte[]> standard(byte[] report, byte[] auditReport) {
        Map<DocumentName, byte[]> documents = new LinkedHashMap<>();
        documents.put(DocumentName.AUDIT_REPORT, auditReport);
        documents.put(DocumentName.REPORT, report);
        return documents;
    }

    /** The report .docx, null unless {@link Status#CONVERTED} (and always after {@code check}). */
    public byte[] report() {
        return documents.get(DocumentName.REPORT);
    }

    /** The audit report .docx, null on {@link Status#INTERNAL_ERROR} and after {@code check}. */
    public byte[] auditReport() {
        return documents.get(DocumentName.AUDIT_REPORT);
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
