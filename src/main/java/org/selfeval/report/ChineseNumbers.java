package org.selfeval.report;

/** Chinese numerals for ordinals in generated text: 一是、二是 …, （一）…, 两大方面. */
final class ChineseNumbers {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumbers() {}

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九; beyond 99 the Arabic number. */
    static String of(int n) {
        if (n <= 0 || n > 99) return String.valueOf(n);
        if (n < 10) return DIGITS[n];
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (units == 0 ? "" : DIGITS[units]);
    }

    /** 一是, 二是 … (the ordinals of enumerations in 公文). */
    static String ordinal(int n) {
        return of(n) + "是";
    }

    /** A count before a measure word: 2 → 两 (两大方面), otherwise as {@link #of}. */
    static String count(int n) {
        return n == 2 ? "两" : of(n);
    }
}
