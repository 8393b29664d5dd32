package org.selfeval.report;

import org.selfeval.model.Evaluation;
import org.selfeval.report.docx.WordDocument;

/** Appends its part of the report (one part of the reference's outline) to the document. */
@FunctionalInterface
interface ReportSection {
    void append(Evaluation evaluation, WordDocument doc);
}
