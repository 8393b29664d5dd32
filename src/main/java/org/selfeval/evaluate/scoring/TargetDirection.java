package org.selfeval.evaluate.scoring;

import java.util.Optional;

/**
 * The direction a target's own words or signs give it: "不少于150台", "≥50个" → ≥; "≤4", "控制在90万元以内" →
 * ≤; "=5" → =; none for a bare number ("150"), whose direction is 指标性质's.
 */
public final class TargetDirection {

    public static final String AT_LEAST = "≥", AT_MOST = "≤", EQUAL = "=";

    private TargetDirection() {}

    /** The direction written in the target, as a 指标性质 sign. */
    public static Optional<String> written(String text) {
        if (text == null) return Optional.empty();
        String t = Quantity.normalise(text).strip();
        if (t.contains("≥")
                || t.contains(">=")
                || t.contains("不少于")
                || t.contains("不低于")
                || t.contains("至少")
                || t.contains("以上")
                || t.contains("大于等于")) {
            return Optional.of(AT_LEAST);
        }
        if (t.contains("≤")
                || t.contains("<=")
                || t.contains("不超过")
                || t.contains("不高于")
                || t.contains("不多于")
                || t.contains("以内")
                || t.contains("以下")
                || t.contains("小于等于")
                || t.contains("控制在")) {
            return Optional.of(AT_MOST);
        }
        if (t.startsWith("=")) return Optional.of(EQUAL);
        return Optional.empty();
    }

    /** True when the target is a number with a direction (so a direction can be questioned). */
    public static boolean numeric(String text) {
        return Quantity.single(text).isPresent();
    }
}
