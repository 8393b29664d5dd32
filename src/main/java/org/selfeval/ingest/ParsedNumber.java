package org.selfeval.ingest;

import java.math.BigDecimal;

/**
 * What {@link NumberText} made of a typed text: a number, a blank ("", "—", "无" …), or something
 * unreadable.
 *
 * @param value the number as typed (for "7.52%" this is 7.52: the caller decides what a percent
 *     means), null unless NUMBER
 * @param percent whether the text ended with a percent sign
 */
public record ParsedNumber(Kind kind, BigDecimal value, boolean percent) {

    public enum Kind {
        NUMBER,
        BLANK,
        INVALID
    }

    static final ParsedNumber BLANK = new ParsedNumber(Kind.BLANK, null, false);
    static final ParsedNumber INVALID = new ParsedNumber(Kind.INVALID, null, false);

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    public boolean isInvalid() {
        return kind == Kind.INVALID;
    }
}
