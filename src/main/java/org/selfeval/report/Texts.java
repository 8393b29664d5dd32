package org.selfeval.report;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.Formats;

/** Small text helpers shared by the sections. */
final class Texts {

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。；;，,\\s]+$");

    /** Spaces between a Chinese character and a figure, either way round ("合计 22,918.66 万元"). */
    private static final Pattern SPACED_FIGURE =
            Pattern.compile(
                    "(?<=[\\p{IsHan}，。：；、（）“”])[ \\u00A0]+(?=[-\\d])|(?<=[\\d%])[ \\u00A0]+(?=[\\p{IsHan}，。：；、（）“”])");

    private Texts() {}

    /**
     * Drops the full stop or semicolon a cell ends with, before the text goes into a longer
     * sentence.
     */
    static String clause(String text) {
        return TRAILING_PUNCTUATION.matcher(text == null ? "" : text.strip()).replaceAll("");
    }

    /**
     * Chinese typesetting puts no space between Chinese and digits ("增加2336万元"); justified, such a
     * space spreads the line. For sentences written elsewhere (the audit rules' messages) before
     * they are set.
     */
    static String tight(String text) {
        return text == null ? "" : SPACED_FIGURE.matcher(text).replaceAll("");
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

    /** A label a clerk typed at the start of a text: "实际完成情况：". */
    private static final Pattern LEADING_LABEL = Pattern.compile("^([^，。；：:、\\s]{2,20})[：:]\\s*");

    /**
     * Prefixes a label unless the text already starts with it (staff often type the whole
     * sentence); a text that repeats the end of the label ("实际完成情况：…" under "本部门整体绩效实际完成情况：") loses
     * the repeat.
     */
    static String labelled(String label, String text) {
        String bare = label.replaceAll("[：:]$", "");
        return text.startsWith(bare) ? text : label + withoutLabel(text, bare);
    }

    /**
     * The text without a leading "X：" where X is {@code label} or its end ("完成情况：" for "实际完成情况").
     */
    static String withoutLabel(String text, String label) {
        Matcher m = LEADING_LABEL.matcher(text);
        return m.find() && label.endsWith(m.group(1)) ? text.substring(m.end()) : text;
    }
}
