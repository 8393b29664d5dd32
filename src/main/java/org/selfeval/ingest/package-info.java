/**
 * Stage 1, reading: SubmissionReader turns a workbook, CSV or folder into a model.Submission,
 * header-driven; bad input becomes findings (READ-…) with file, sheet and cell, never exceptions.
 */
package org.selfeval.ingest;
