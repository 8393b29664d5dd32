package org.selfeval.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;

/**
 * One kind of document a conversion yields, e.g. the report, the 校验报告, or a text summary. A new
 * format is one class implementing this, registered with {@link OutputFormats#with}; publishing
 * then writes its file beside the others, under the same version tag, never over a published file.
 * Implementations must be thread-safe (submissions are converted in parallel).
 */
public interface OutputFormat {

    /** Its file name and id. */
    DocumentName name();

    /**
     * The document's bytes, or null when this format has none for this submission (the report of a
     * blocked one).
     *
     * @param evaluation null when the submission could not be read at all; then {@code findings}
     *     are the reader's
     * @param findings every finding, in the order they were reported
     */
    byte[] render(Path origin, Evaluation evaluation, List<Finding> findings);
}
