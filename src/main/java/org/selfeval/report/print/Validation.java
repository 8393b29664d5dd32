package org.selfeval.report.print;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;

/**
 * The result of validating one submission: its findings and, when it could be read, its evaluation.
 */
public record Validation(Path origin, List<Finding> findings, Evaluation evaluation) {

    public Validation {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return evaluation == null || findings.stream().anyMatch(Finding::blocks);
    }

    /** The file name shown for findings without a file of their own. */
    public String name() {
        return origin.getFileName() == null ? origin.toString() : origin.getFileName().toString();
    }

    public String fileOf(Finding f) {
        return f.source() == null || f.source().file() == null ? name() : f.source().file();
    }

    public static String cellOf(Finding f) {
        return f.source() == null ? "" : f.source().sheetCell();
    }
}
