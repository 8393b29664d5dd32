package org.selfeval.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises header labels and keys for comparison: full-width forms folded ({@code （%）} → {@code (%)}),
 * all spaces and line breaks removed, a required-field star and a trailing colon dropped, and trailing units
 * in parentheses removed ({@code 本年决算（万元）} → {@code 本年决算}, {@code 差异率(%)} → {@code 差异率}).
 */
final class HeaderText {

    private HeaderText() {
    }

    private static final Pattern TRAILING_PARENS = Pattern.compile("\\([^()]*\\)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    static String normalize(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = SPACES.matcher(s).replaceAll("");
        s = s.replaceAll("^\\*+|\\*+$", "").replaceAll("[:：]+$", "");
        String before;
        do {
            before = s;
            s = TRAILING_PARENS.matcher(s).replaceFirst("");
        } while (!s.equals(before) && !s.isEmpty());
        return s.replaceAll("^\\*+|\\*+$", "");
    }
}
