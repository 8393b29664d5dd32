package org.selfeval.summary.roster;

/**
 * The roster workbook cannot be used; the message names the file, sheet and cell and says what to
 * fix.
 */
public final class RosterException extends Exception {

    public RosterException(String message) {
        super(message);
    }

    public RosterException(String message, Throwable cause) {
        super(message, cause);
    }
}
