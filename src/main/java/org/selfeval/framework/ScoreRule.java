package org.selfeval.framework;

import java.math.BigDecimal;

/**
 * One line of a project framework's 评分规则 sheet, as the bureau wrote it in words ("执行率≥70%且<80%",
 * "最高89分") and as the program applies it: when the measured quantity lies in the range, the score
 * it applies to is capped or loses points. The words are kept so every finding quotes the bureau's
 * own rule.
 *
 * @param name 规则: the bureau's name for it
 * @param appliesTo 适用于: the total or each indicator's score
 * @param quantity what the 条件 measures
 * @param lower the lowest value the rule covers, null when unbounded
 * @param lowerIncluded whether {@code lower} itself is covered (≥ rather than >)
 * @param upper the value the rule stops at, null when unbounded
 * @param upperIncluded whether {@code upper} itself is covered (≤ rather than <)
 * @param effect 最高 (a cap) or 扣 (a deduction)
 * @param points the cap or the deduction, in 分
 * @param condition the 条件 as written
 * @param message 提示: what staff read when the rule fires ("" for the program's own sentence)
 * @param cell where the rule was written ("评分规则!C3"), for the bureau's messages
 */
public record ScoreRule(
        String name,
        Target appliesTo,
        Quantity quantity,
        BigDecimal lower,
        boolean lowerIncluded,
        BigDecimal upper,
        boolean upperIncluded,
        Effect effect,
        BigDecimal points,
        String condition,
        String message,
        String cell) {

    /** Which score a rule caps or reduces. */
    public enum Target {
        TOTAL("总分"),
        INDICATOR("指标得分");

        private final String word;

        Target(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * What a 条件 measures: the 年度资金总额's execution rate, or how far an indicator's result passes its
     * target.
     */
    public enum Quantity {
        EXECUTION_RATE("执行率", Target.TOTAL),
        EXCESS("超出年度指标值", Target.INDICATOR);

        private final String word;
        private final Target target;

        Quantity(String word, Target target) {
            this.word = word;
            this.target = target;
        }

        public String word() {
            return word;
        }

        /**
         * The score this quantity can sensibly act on (an execution rate on the total, an excess on
         * its indicator).
         */
        public Target target() {
            return target;
        }
    }

    /** 最高 N 分 or 扣 N 分. */
    public enum Effect {
        CAP("最高"),
        DEDUCT("扣");

        private final String word;

        Effect(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** True when {@code value} (a percentage) lies in the rule's range. */
    public boolean covers(BigDecimal value) {
        if (value == null) return false;
        if (lower != null) {
            int c = value.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerIncluded)) return false;
        }
        if (upper != null) {
            int c = value.compareTo(upper);
            return c < 0 || (c == 0 && upperIncluded);
        }
        return true;
    }

    /** "执行率≥70%且<80%：总分最高89分", how a finding names the rule. */
    public String words() {
        return condition
                + "："
                + appliesTo.word()
                + effect.word()
                + FrameworkReader.plain(points)
                + "分";
    }
}
