package org.selfeval.ingest;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.CellRef;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

/**
 * Collects the reader's findings for one read, in the order they were found. Not shared between
 * reads.
 */
final class FindingSink {

    private final List<Finding> findings = new ArrayList<>();

    void error(
            String ruleId,
            CellRef source,
            String item,
            String expected,
            String found,
            String message) {
        findings.add(new Finding(ruleId, Severity.ERROR, source, item, expected, found, message));
    }

    void warning(
            String ruleId,
            CellRef source,
            String item,
            String expected,
            String found,
            String message) {
        findings.add(new Finding(ruleId, Severity.WARNING, source, item, expected, found, message));
    }

    void info(String ruleId, CellRef source, String item, String message) {
        findings.add(new Finding(ruleId, Severity.INFO, source, item, "", "", message));
    }

    void add(
            Severity severity,
            String ruleId,
            CellRef source,
            String item,
            String expected,
            String found,
            String message) {
        findings.add(new Finding(ruleId, severity, source, item, expected, found, message));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
