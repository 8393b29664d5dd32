package org.selfeval.publish;

/**
 * A file the run received but could not take as a submission (its format, its name, a zip of
 * several departments, a time-out): filed in failed/ with its reason, not a verdict on content, but
 * still in the bureau's view. {@code department} is the roster department its name reveals ("" when
 * none); {@code year} is the year being collected when it was received, fixed then so the file does
 * not move between years later.
 */
public record RefusedFile(
        String file, String department, String year, String result, String receivedAt) {}
