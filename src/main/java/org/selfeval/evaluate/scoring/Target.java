package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A target typed as free text: "不少于150台", "≥50个", "≤90万元", "不低于90%", "150". The relation comes from
 * the words or signs in the text, else from 指标性质.
 */
record Target(Relation relation, BigDecimal value) {

    private static Relation relation(String sign) {
        return switch (sign) {
            case TargetDirection.AT_LEAST -> Relation.AT_LEAST;
            case TargetDirection.AT_MOST -> Relation.AT_MOST;
            default -> Relation.EQUAL;
        };
    }

    static Optional<Target> parse(String text, Relation fallback) {
        Optional<BigDecimal> value = Quantity.single(text);
        if (value.isEmpty()) return Optional.empty();
        Relation c = TargetDirection.written(text).map(Target::relation).orElse(fallback);
        return Optional.of(new Target(c, value.get()));
    }
}
