package org.selfeval.report;

import java.nio.file.Path;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.Evaluation;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ReadResult;

/**
 * The examples in input-templates/examples (the reference department), read and evaluated by the
 * real stages.
 */
final class RealExamples {

    static final Path DIR = Path.of("input-templates", "examples");

    /** The reference report with its slips corrected: converts (94.98 优). */
    static final Path CORRECTED = DIR.resolve("huadu-amr-2023-corrected.xlsx");

    /** The reference report as published, slips included: blocked. */
    static final Path AS_PUBLISHED = DIR.resolve("huadu-amr-2023-as-published.xlsx");

    private RealExamples() {}

    /** read → audit and score, as the pipeline does it. */
    static Evaluation evaluate(Path workbook) {
        ReadResult read = new SubmissionReader().read(workbook);
        if (!read.readable()) throw new AssertionError("example unreadable: " + read.findings());
        return new Evaluator().evaluate(read.submission(), read.findings());
    }

    /** The whole pipeline with the given renderer. */
    static Outcome convert(Path workbook, DocxRenderer renderer) {
        return new Pipeline(new SubmissionReader(), new Evaluator(), renderer).convert(workbook);
    }
}
