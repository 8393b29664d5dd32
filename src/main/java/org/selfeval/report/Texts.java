package org.selfeval.report;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.selfeval.model.Formats;

/** Small text helpers shared by the sections. */
final class Texts {

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。；;，,\\s]+$");

    private Texts() {
    }

    /** Drops the full stop or semicolon a cell ends with, before the text goes into a longer sentence. */
    static String clause(String text) {
        return TRAILING_PUNCTUATION.matcher(text == null ? "" : text.strip()).replaceAll("");
    }

    /** A sentence ends with exactly one 。 */
    static String sentence(String text) {
        String c = clause(text);
        return c.isEmpty() ? "" : c + "。";
    }

    /** "3 分" style score or weight. */
    static String points(BigDecimal v) {
        return Formats.plain(v) + "分";
    }

    /** "22,918.41 万元". */
    static String wan(BigDecimal v) {
        return Formats.amount(v) + "万元";
    }

    /** Prefixes a label unless the text already starts with it (staff often type the whole sentence). */
    static String labelled(String label, String text) {
        String bare = label.replaceAll("[：:]$", "");
        return text.startsWith(bare) ? text : label + text;
    }
}
