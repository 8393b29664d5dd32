package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number in a free-text target or actual ("不少于150台" → 150, "94.68%" → 94.68, "１，２３４" → 1234).
 */
final class Quantity {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:,\\d{3})*(?:\\.\\d+)?");

    private Quantity() {}

    /** Full-width digits and punctuation folded to ASCII, so people may type either. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') sb.append((char) (c - '０' + '0'));
            else if (c == '．') sb.append('.');
            else if (c == '，') sb.append(',');
            else if (c == '％') sb.append('%');
            else if (c == '－') sb.append('-');
            else sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The only number in the text; empty when there is none or more than one (ambiguous: not scored
     * mechanically).
     */
    static Optional<BigDecimal> single(String text) {
        if (text == null) return Optional.empty();
        Matcher m = NUMBER.matcher(normalise(text));
        if (!m.find()) return Optional.empty();
        String first = m.group();
        if (m.find()) return Optional.empty();
        return Optional.of(new BigDecimal(first.replace(",", "")));
    }
}
