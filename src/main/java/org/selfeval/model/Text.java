package org.selfeval.model;

import java.util.Arrays;
import java.util.List;

/**
 * A text cell, trimmed, with its source. {@code value} is "" (never null) when the cell was blank.
 */
public record Text(String value, CellRef source) {

    public Text {
        value = value == null ? "" : value.strip();
    }

    public static Text blank(CellRef source) {
        return new Text("", source);
    }

    public boolean isBlank() {
        return value.isEmpty();
    }

    /** Non-blank lines of a multi-line cell (one duty, one paragraph a line). */
    public List<String> lines() {
        return Arrays.stream(value.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
