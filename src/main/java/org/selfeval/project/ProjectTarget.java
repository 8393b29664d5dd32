package org.selfeval.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 年度指标值 or 实际完成值 as typed on project tables: "≥50个", "≤90万元", "不低于95%", "100", with the unit kept
 * ("个", "万元", "%") so a unit typed into the target can be pointed out. Texts with no number or
 * several ("达成预期指标", "2023年12月前") are not compared.
 */
record ProjectTarget(Relation relation, BigDecimal value, String unit, String number) {

    enum Relation {
        AT_LEAST,
        AT_MOST,
        EQUAL
    }

    private static final Pattern ONE_NUMBER =
            Pattern.compile("^([^\\d]*?)(-?\\d+(?:,\\d{3})*(?:\\.\\d+)?)([^\\d]*)$");

    static Optional<ProjectTarget> parse(String typed, String nature) {
        if (typed == null) return Optional.empty();
        String t = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Matcher m = ONE_NUMBER.matcher(t);
        if (!m.matches()) return Optional.empty();
        String before = m.group(1), unit = m.group(3);
        Relation relation =
                relation(before + unit)
                        .or(() -> relation(nature == null ? "" : nature))
                        .orElse(Relation.AT_LEAST);
        String cleanUnit = unit.replaceAll("(以上|以下|以内|及以上|及以下)$", "");
        return Optional.of(
                new ProjectTarget(
                        relation,
                        new BigDecimal(m.group(2).replace(",", "")),
                        cleanUnit,
                        m.group(2)));
    }

    private static Optional<Relation> relation(String words) {
        if (words.matches(".*(≥|>=|>|不少于|不低于|至少|以上|大于).*")) return Optional.of(Relation.AT_LEAST);
        if (words.matches(".*(≤|<=|<|不超过|不高于|不多于|以内|以下|小于|控制在).*"))
            return Optional.of(Relation.AT_MOST);
        if (words.matches(".*(=|等于).*")) return Optional.of(Relation.EQUAL);
        return Optional.empty();
    }

    /** True when {@code actual} does not reach this target. */
    boolean missedBy(BigDecimal actual) {
        int c = actual.compareTo(value);
        return switch (relation) {
            case AT_LEAST -> c < 0;
            case AT_MOST -> c > 0;
            case EQUAL -> c != 0;
        };
    }

    /**
     * The share of the 分值 a missed result earns: actual ÷ target (≥), target ÷ actual (≤), 0 for =,
     * never above 1.
     */
    BigDecimal share(BigDecimal actual) {
        BigDecimal share =
                switch (relation) {
                    case AT_LEAST ->
                            value.signum() == 0
                                    ? BigDecimal.ONE
                                    : actual.max(BigDecimal.ZERO)
                                            .divide(value, 10, RoundingMode.HALF_UP);
                    case AT_MOST ->
                            actual.signum() == 0
                                    ? BigDecimal.ONE
                                    : value.max(BigDecimal.ZERO)
                                            .divide(actual, 10, RoundingMode.HALF_UP);
                    case EQUAL -> BigDecimal.ZERO;
                };
        return share.min(BigDecimal.ONE);
    }

    /**
     * How far (in percent of the target) a result passes a ≥ target; empty for other targets or a
     * zero target.
     */
    Optional<BigDecimal> excess(BigDecimal actual) {
        if (relation != Relation.AT_LEAST || value.signum() <= 0 || actual.compareTo(value) <= 0)
            return Optional.empty();
        return Optional.of(
                actual.subtract(value)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(value, 10, RoundingMode.HALF_UP));
    }

    /** A unit of measure typed beside the number (个, 万元, 亩), not a percent sign. */
    boolean hasUnit() {
        return !unit.isEmpty() && !unit.equals("%");
    }
}
