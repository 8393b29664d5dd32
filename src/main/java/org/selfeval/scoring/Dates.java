package org.selfeval.scoring;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates typed in targets and actuals: "于2023年12月10日前", "2023-12-10", "2023/12/10". */
final class Dates {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");

    private Dates() {
    }

    /** 2024年8月15日, as staff write dates. */
    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The first date in the text. */
    static Optional<LocalDate> find(String text) {
        if (text == null) return Optional.empty();
        Matcher m = DATE.matcher(Quantity.normalise(text));
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
