package org.selfeval.ingest.xlsx;

/**
 * Why the streaming reader cannot promise the result POI's usermodel would give for a workbook; the
 * workbook is then read the usermodel way. Never shown to anyone but the debug log.
 */
final class NotStreamable extends Exception {

    NotStreamable(String reason) {
        super(reason, null, false, false); // a routine outcome, not a failure: no stack trace
    }
}
