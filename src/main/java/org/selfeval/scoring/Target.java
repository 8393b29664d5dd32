package org.selfeval.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A target typed as free text: "不少于150台", "≥50个", "≤90万元", "不低于90%", "150".
 * The relation comes from the words or signs in the text, else from 指标性质.
 */
record Target(Relation relation, BigDecimal value) {

    static Optional<Target> parse(String text, Relation fallback) {
        Optional<BigDecimal> value = Quantity.single(text);
        if (value.isEmpty()) return Optional.empty();
        String t = Quantity.normalise(text);
        Relation c = fallback;
        if (t.contains("≥") || t.contains(">=") || t.contains("不少于") || t.contains("不低于") || t.contains("至少")
                || t.contains("以上") || t.contains("大于等于")) {
            c = Relation.AT_LEAST;
        } else if (t.contains("≤") || t.contains("<=") || t.contains("不超过") || t.contains("不高于") || t.contains("不多于")
                || t.contains("以内") || t.contains("以下") || t.contains("小于等于") || t.contains("控制在")) {
            c = Relation.AT_MOST;
        } else if (t.startsWith("=")) {
            c = Relation.EQUAL;
        }
        return Optional.of(new Target(c, value.get()));
    }
}
