package org.selfeval.report;

import org.selfeval.model.Evaluation;

/** Appends its part of the report (one part of the reference's outline) to the document. */
@FunctionalInterface
interface ReportSection {
    void append(Evaluation evaluation, WordDocument doc);
}
