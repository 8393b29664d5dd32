package org.selfeval.framework;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words of a 评分规则 line: a 条件 ("执行率≥70%且<80%", "执行率 低于 60%", "超出年度指标值≥30%") and a 处理
 * ("最高89分", "总分不超过79分", "扣2分"). Strict: anything else is the bureau's to correct, with the accepted
 * forms.
 */
final class ScoreRuleWords {

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)\\s*%?";
    private static final String OPERATOR = "(≥|>=|>|≤|<=|<|不低于|不少于|达到|高于|超过|低于|不高于|不超过|小于|大于)";
    private static final Pattern COMPARISON = Pattern.compile(OPERATOR + "\\s*" + NUMBER);
    private static final Pattern JOINER = Pattern.compile("\\s*(且|并且|，|,|、|和|及)?\\s*");
    private static final Pattern CAP =
            Pattern.compile(
                    "(?:总分|得分|指标得分)?\\s*(?:最高|最多|不超过|不高于|封顶)\\s*(?:为|得)?\\s*"
                            + "(\\d+(?:\\.\\d+)?)\\s*分?");
    private static final Pattern DEDUCT =
            Pattern.compile("(?:总分|得分|指标得分)?\\s*(?:扣|扣减|减)\\s*(\\d+(?:\\.\\d+)?)\\s*分?");

    /** The forms a 条件 may take, for messages. */
    static final String CONDITION_FORMS = "“执行率≥70%且<80%”“执行率<60%”“超出年度指标值≥30%”";

    static final String EFFECT_FORMS = "“最高89分”或“扣2分”";

    private ScoreRuleWords() {}

    /** A range over a quantity. */
    record Range(
            ScoreRule.Quantity quantity,
            BigDecimal lower,
            boolean lowerIncluded,
            BigDecimal upper,
            boolean upperIncluded) {}

    record Action(ScoreRule.Effect effect, BigDecimal points) {}

    static Optional<Range> condition(String text) {
        String t = fold(text);
        ScoreRule.Quantity quantity = null;
        for (ScoreRule.Quantity q : ScoreRule.Quantity.values()) {
            String word =
                    q == ScoreRule.Quantity.EXECUTION_RATE
                            ? "(预算)?执行率"
                            : "(实际完成值)?超出(年度)?指标值(的)?(比例|幅度)?";
            Matcher m = Pattern.compile("^" + word).matcher(t);
            if (m.find()) {
                quantity = q;
                t = t.substring(m.end());
                break;
            }
        }
        if (quantity == null) return Optional.empty();
        BigDecimal lower = null, upper = null;
        boolean lowerIncluded = false, upperIncluded = false;
        int at = 0;
        int comparisons = 0;
        while (at < t.length()) {
            Matcher join = JOINER.matcher(t).region(at, t.length());
            if (comparisons > 0 && join.lookingAt()) at = join.end();
            Matcher m = COMPARISON.matcher(t).region(at, t.length());
            if (!m.lookingAt() || ++comparisons > 2) return Optional.empty();
            BigDecimal v = new BigDecimal(m.group(2));
            switch (m.group(1)) {
                case "≥", ">=", "不低于", "不少于", "达到" -> {
                    lower = v;
                    lowerIncluded = true;
                }
                case ">", "高于", "超过", "大于" -> {
                    lower = v;
                    lowerIncluded = false;
                }
                case "≤", "<=", "不高于", "不超过" -> {
                    upper = v;
                    upperIncluded = true;
                }
                default -> {
                    upper = v;
                    upperIncluded = false;
                }
            }
            at = m.end();
        }
        if (comparisons == 0) return Optional.empty();
        if (lower != null && upper != null && lower.compareTo(upper) > 0) return Optional.empty();
        return Optional.of(new Range(quantity, lower, lowerIncluded, upper, upperIncluded));
    }

    static Optional<Action> effect(String text) {
        String t = fold(text);
        Matcher cap = CAP.matcher(t);
        if (cap.matches())
            return Optional.of(new Action(ScoreRule.Effect.CAP, new BigDecimal(cap.group(1))));
        Matcher deduct = DEDUCT.matcher(t);
        if (deduct.matches())
            return Optional.of(
                    new Action(ScoreRule.Effect.DEDUCT, new BigDecimal(deduct.group(1))));
        return Optional.empty();
    }

    /** Full-width forms (％, ＜, ７０) as a Chinese input method types them, spaces dropped. */
    private static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "");
    }
}
