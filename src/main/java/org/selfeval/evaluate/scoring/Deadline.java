package org.selfeval.evaluate.scoring;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in the year as deadlines and completion times are written: "2023年12月10日前", "9月前", "9月底前",
 * "年底前", "第三季度", "上半年", "12月31日前", "2023年9月前"; results "7月", "2023年7月", "7月20日". The year and the
 * day may be missing; a period ("第三季度", "9月") stands for its last day.
 *
 * @param year null when not written (the evaluation year is meant)
 * @param day null when only the month (or a quarter, half, year end) is written
 */
record Deadline(Integer year, int month, Integer day) {

    private static final Pattern FULL =
            Pattern.compile("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern QUARTER = Pattern.compile("(?:第)?([一二三四1-4])\\s*季度");

    /** "采购前30日", "合同签订后15个工作日内": counted from an event, not a date of the year. */
    private static final Pattern RELATIVE =
            Pattern.compile(
                    "[前后]\\s*\\d+\\s*(?:个)?(?:工作)?[日天周月]|(?<![月\\d])\\d+\\s*(?:个)?(?:工作)?[日天]\\s*[内前]");

    private static final List<String> MONTH_WORDS =
            List.of("十二月", "十一月", "十月", "九月", "八月", "七月", "六月", "五月", "四月", "三月", "二月", "一月");
    private static final List<String> YEAR_END = List.of("年底", "年末", "年内", "年终", "全年", "下半年");

    /** The deadline or completion time written in the text, if it names one of the year. */
    static Optional<Deadline> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = monthsAsDigits(Quantity.normalise(text));
        Matcher m = FULL.matcher(t);
        if (m.find())
            return valid(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        Integer year = null;
        Matcher y = YEAR.matcher(t);
        if (y.find()) year = Integer.parseInt(y.group(1));
        m = MONTH_DAY.matcher(t);
        if (m.find())
            return valid(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        m = YEAR_MONTH.matcher(t);
        if (m.find()) return valid(year, Integer.parseInt(m.group(2)), null);
        m = MONTH.matcher(t);
        if (m.find()) return valid(year, Integer.parseInt(m.group(1)), null);
        m = QUARTER.matcher(t);
        if (m.find()) return valid(year, 3 * quarter(m.group(1)), null);
        if (t.contains("上半年")) return valid(year, 6, null);
        if (YEAR_END.stream().anyMatch(t::contains)) return valid(year, 12, null);
        return Optional.empty();
    }

    /**
     * True for a deadline counted from an event ("采购前30日"): no date of the year to check it
     * against.
     */
    static boolean relative(String text) {
        return text != null && RELATIVE.matcher(monthsAsDigits(Quantity.normalise(text))).find();
    }

    /**
     * True when the text reads as a deadline: a time of the year, or a "…前" ("9月前", "采购前30日",
     * "年底以前").
     */
    static boolean looksLikeDeadline(String text) {
        if (text == null || text.isBlank()) return false;
        String t = Quantity.normalise(text).strip().replaceAll("[。.，,\\s]+$", "");
        if (t.endsWith("完成")) t = t.substring(0, t.length() - 2);
        return t.endsWith("前") || relative(t) || parse(t).isPresent();
    }

    /**
     * Whether {@code done} is on or before this deadline: empty when the texts cannot tell (a month
     * against a day within that month).
     */
    Optional<Boolean> met(Deadline done) {
        if (year != null && done.year != null && !year.equals(done.year))
            return Optional.of(done.year < year);
        if (done.month != month) return Optional.of(done.month < month);
        if (day == null) return Optional.of(true);
        if (done.day != null) return Optional.of(done.day <= day);
        return day == lastDay() ? Optional.of(true) : Optional.empty();
    }

    /** "2023年9月", "9月底", "12月31日": the deadline as the report and messages write it. */
    String chinese() {
        String y = year == null ? "" : year + "年";
        return y + month + "月" + (day == null ? "" : day + "日");
    }

    private int lastDay() {
        return YearMonth.of(year == null ? 2023 : year, month).lengthOfMonth();
    }

    private static Optional<Deadline> valid(Integer year, int month, Integer day) {
        if (month < 1 || month > 12) return Optional.empty();
        if (day != null
                && (day < 1
                        || day > YearMonth.of(year == null ? 2024 : year, month).lengthOfMonth())) {
            return Optional.empty();
        }
        return Optional.of(new Deadline(year, month, day));
    }

    private static int quarter(String digit) {
        int chinese = "一二三四".indexOf(digit);
        return chinese >= 0 ? chinese + 1 : Integer.parseInt(digit);
    }

    private static String monthsAsDigits(String t) {
        for (int i = 0; i < MONTH_WORDS.size(); i++)
            t = t.replace(MONTH_WORDS.get(i), (12 - i) + "月");
        return t;
    }
}
