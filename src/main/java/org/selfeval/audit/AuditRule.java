package org.selfeval.audit;

import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Submission;

/**
 * One audit rule of DESIGN.md: recomputes something the department typed and reports what does not hold.
 * Each rule is a small class listed once in {@link AuditCatalogue}. Never throws for bad input.
 */
@FunctionalInterface
public interface AuditRule {
    List<Finding> check(Submission submission, AuditContext context);
}
