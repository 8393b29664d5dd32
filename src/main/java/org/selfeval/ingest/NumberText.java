package org.selfeval.ingest;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a number the way a person types it into a cell: {@code 22,918.41}, {@code 7.52%},
 * full-width {@code １２３．４５}, surrounding spaces, accounting negatives {@code (69.16)}, a trailing
 * unit {@code 万元}/{@code 个}/{@code 项}/{@code 分}. Dashes, {@code /} and {@code 无} mean "no figure"
 * (blank). Stateless; never throws.
 */
public final class NumberText {

    private NumberText() {}

    /** Texts staff use for "no figure". Compared after full-width folding and trimming. */
    private static final Set<String> BLANK_WORDS =
            Set.of("", "-", "--", "---", "—", "——", "–", "/", "无", "N/A", "n/a");

    /** Units tolerated after an amount or a count; the amount is still in the sheet's unit (万元). */
    private static final Pattern TRAILING_UNIT = Pattern.compile("(万元|个|项|分)$");

    /** Plain digits, or digits grouped by thousands separators, with optional decimals. */
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?|[+-]?\\.\\d+");

    public static ParsedNumber parse(String typed) {
        if (typed == null) return ParsedNumber.BLANK;
        // NFKC folds full-width digits, ．，％－＋ and the ideographic space to their ASCII forms.
        String s =
                Normalizer.normalize(typed, Normalizer.Form.NFKC)
                        .replace('\u2212', '-')
                        .strip(); // U+2212 minus sign
        if (BLANK_WORDS.contains(s)) return ParsedNumber.BLANK;
        s = s.replaceAll("\\s+", "");
        if (s.startsWith("'"))
            s = s.substring(1); // Excel's text prefix, also written by our CSV export
        boolean negative = false;
        if (s.length() > 2 && s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        boolean percent = false;
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1);
        } else {
            s = TRAILING_UNIT.matcher(s).replaceFirst("");
        }
        if (!NUMBER.matcher(s).matches()) return ParsedNumber.INVALID;
        BigDecimal value = new BigDecimal(s.replace(",", "").replace("+", ""));
        if (negative) {
            if (value.signum() < 0) return ParsedNumber.INVALID;
            value = value.negate();
        }
        return new ParsedNumber(ParsedNumber.Kind.NUMBER, value, percent);
    }
}
