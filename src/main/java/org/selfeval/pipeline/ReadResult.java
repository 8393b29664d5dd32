package org.selfeval.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Submission;

/**
 * What reading a submission gave: the model (null when nothing usable could be read) and the
 * reader's findings (unreadable cells, missing sheets or headers), each with its file, sheet and
 * cell.
 */
public record ReadResult(Path origin, Submission submission, List<Finding> findings) {

    public ReadResult {
        findings = List.copyOf(findings);
    }

    public boolean readable() {
        return submission != null;
    }
}
