package org.selfeval.model;

import java.text.Normalizer;

/**
 * The one key names are compared by, everywhere: "广州市花都区（市场）监督管理局 " and "广州市花都区(市场)监督管理局" are the
 * same department to a person, and must be the same to the program. Full-width forms become
 * half-width (NFKC), every bracket variant becomes "(" or ")", quotes of any style and white space
 * (also the ideographic space) are dropped. For matching only; what people see keeps its original
 * spelling.
 */
public final class NameKey {

    private static final String OPENING = "（〔【［｛〈《([{﹙﹝";
    private static final String CLOSING = "）〕】］｝〉》)]}﹚﹞";
    private static final String QUOTES = "\"'“”‘’「」『』";

    private NameKey() {}

    public static String of(String name) {
        if (name == null) return "";
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(s.length());
        s.codePoints()
                .forEach(
                        cp -> {
                            if (Character.isWhitespace(cp)
                                    || Character.isSpaceChar(cp)
                                    || QUOTES.indexOf(cp) >= 0) return;
                            if (OPENING.indexOf(cp) >= 0) key.append('(');
                            else if (CLOSING.indexOf(cp) >= 0) key.append(')');
                            else key.appendCodePoint(cp);
                        });
        return key.toString();
    }

    public static boolean same(String a, String b) {
        return of(a).equals(of(b));
    }
}
