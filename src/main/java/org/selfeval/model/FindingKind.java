package org.selfeval.model;

/**
 * What a finding id means: its stable id (in CSV/JSON and the configuration), the Chinese name
 * people read, and how serious it is unless the configuration says otherwise. Declared once, by the
 * rule or stage that reports it.
 */
public record FindingKind(String id, String name, Severity defaultSeverity) {

    public FindingKind {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "a finding kind needs an id and a Chinese name: " + id);
        }
    }
}
