package org.selfeval.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises header labels and keys for comparison: full-width forms folded ({@code （%）} → {@code
 * (%)}), all spaces and line breaks removed, a required-field star and a trailing colon dropped,
 * and trailing units in parentheses removed ({@code 本年决算（万元）} → {@code 本年决算}, {@code 差异率(%)} →
 * {@code 差异率}).
 */
final class HeaderText {

    private HeaderText() {}

    private static final Pattern TRAILING_PARENS = Pattern.compile("\\([^()]*\\)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    // compiled once: header search normalises every cell of a sheet's first rows
    private static final Pattern STARS = Pattern.compile("^\\*+|\\*+$");
    private static final Pattern TRAILING_COLONS = Pattern.compile("[:：]+$");

    static String normalize(String text) {
        if (text == null || text.isEmpty()) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = SPACES.matcher(s).replaceAll("");
        // each pattern needs its own character; long narrative cells in the header search rows skip
        // the ones they lack
        boolean stars = s.indexOf('*') >= 0;
        if (stars) s = STARS.matcher(s).replaceAll("");
        if (s.indexOf(':') >= 0 || s.indexOf('：') >= 0)
            s = TRAILING_COLONS.matcher(s).replaceAll("");
        if (s.indexOf(')') >= 0) {
            String before;
            do {
                before = s;
                s = TRAILING_PARENS.matcher(s).replaceFirst("");
            } while (!s.equals(before) && !s.isEmpty());
        }
        return stars ? STARS.matcher(s).replaceAll("") : s;
    }
}
