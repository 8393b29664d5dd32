package org.selfeval.pipeline;

import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Submission;

/**
 * Audits and scores a submission; the reader's findings are carried into the evaluation's findings.
 */
@FunctionalInterface
public interface EvaluateStage {
    Evaluation evaluate(Submission submission, List<Finding> readFindings);

    /**
     * The kinds of finding this stage adds to the reader's (audit rules, scoring), for their names.
     */
    default List<FindingKind> kinds() {
        return List.of();
    }
}
