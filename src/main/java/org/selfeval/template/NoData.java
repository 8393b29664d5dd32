package org.selfeval.template;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The template's formulas read "—", "-", "--", "/" and "无" (how staff write "no data", README) as a
 * blank cell, so an amount left as "—" shows a blank or "—" beside it, not #VALUE!. Other text
 * still shows #VALUE! (the reader then reports the amount itself).
 */
final class NoData {

    private static final List<String> MARKS = List.of("", "—", "-", "--", "/", "无");

    private NoData() {}

    /** TRUE when the cell is blank or holds a no-data mark. */
    static String blank(String ref) {
        return "OR("
                + MARKS.stream().map(m -> ref + "=\"" + m + "\"").collect(Collectors.joining(","))
                + ")";
    }

    /** The cell's number, 0 for a blank or no-data cell. */
    static String value(String ref) {
        return "IF(" + blank(ref) + ",0," + ref + ")";
    }

    /** "" when either cell has no data, "—" when the base is 0, else part ÷ base × 100. */
    static String percent(String part, String base) {
        return "IF(OR("
                + blank(base)
                + ","
                + blank(part)
                + "),\"\",IF("
                + base
                + "=0,\"—\","
                + part
                + "/"
                + base
                + "*100))";
    }
}
