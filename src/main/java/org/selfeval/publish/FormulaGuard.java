package org.selfeval.publish;

import java.util.regex.Pattern;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV/formula injection): a cell that
 * begins with {@code = + - @}, tab or CR gets a leading apostrophe. Plain numbers such as "-3.5" or
 * "-12%" are left alone.
 */
public final class FormulaGuard {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?%?");

    private FormulaGuard() {}

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) return text == null ? "" : text;
        char first = text.charAt(0);
        boolean risky =
                first == '='
                        || first == '+'
                        || first == '-'
                        || first == '@'
                        || first == '\t'
                        || first == '\r';
        if (!risky || PLAIN_NUMBER.matcher(text).matches()) return text;
        return "'" + text;
    }
}
