package org.selfeval.report.docx;

/**
 * Escapes text for the parts we write as XML. Characters XML 1.0 does not allow (control characters
 * other than tab, line feed and carriage return, U+FFFE, U+FFFF, unpaired surrogates) are dropped:
 * a workbook cell may hold them, and one of them would make Word refuse the whole file.
 */
final class XmlText {

    private XmlText() {}

    /**
     * {@code s} as element content: {@code & < >} escaped, a carriage return kept as a reference (a
     * parser would turn it into a line feed).
     */
    static StringBuilder text(StringBuilder out, String s) {
        return append(out, s, false);
    }

    /**
     * {@code s} as the value of a double-quoted attribute: also {@code "}, and tab and line feed,
     * which attribute-value normalisation would turn into spaces.
     */
    static StringBuilder attribute(StringBuilder out, String s) {
        return append(out, s, true);
    }

    /** {@code s} as a double-quoted attribute value, for the fixed parts. */
    static String attribute(String s) {
        return attribute(new StringBuilder(s.length() + 8), s).toString();
    }

    private static StringBuilder append(StringBuilder out, String s, boolean attribute) {
        int n = s.length();
        int plain = 0;
        while (plain < n && !special(s.charAt(plain), attribute)) plain++;
        if (plain == n) return out.append(s); // the common case: nothing to escape
        out.append(s, 0, plain);
        for (int i = plain; i < n; i++) {
            char c = s.charAt(i);
            if (!special(c, attribute)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < n
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    }
                    // else: not allowed in XML 1.0, dropped
                }
            }
        }
        return out;
    }

    /** Needs a look: markup characters, anything below a space, surrogates and U+FFFE/U+FFFF. */
    private static boolean special(char c, boolean attribute) {
        if (c < 0x20) return c != '\t' && c != '\n' || attribute;
        if (c < 0xD800) return c == '&' || c == '<' || c == '>' || c == '"' && attribute;
        return c <= 0xDFFF || c >= 0xFFFE;
    }
}
