package org.selfeval.evaluate.audit;

import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.Submission;

/**
 * One audit rule of DESIGN.md: recomputes something the department typed and reports what does not
 * hold. Each rule is a small class that declares the kinds of finding it reports (id, Chinese name,
 * default severity) and is listed once in {@link AuditCatalogue}. Never throws for bad input.
 */
public interface AuditRule {

    /** The kinds of finding this rule reports. */
    List<FindingKind> kinds();

    List<Finding> check(Submission submission, AuditContext context);
}
