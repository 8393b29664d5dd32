package org.selfeval.model;

/**
 * One row of 收入决算 or 支出决算 as the department typed it: 项目 · 本年决算 · 上年决算 · 差异 · 差异率(%) · 差异说明. {@code
 * difference} and {@code rate} are what staff typed, to be checked, never trusted; {@code rate} is
 * in percent (7.52 means 7.52%).
 */
public record ComparisonRow(
        Text item, Num current, Num previous, Num difference, Num rate, Text explanation) {

    public String name() {
        return item.value();
    }
}
