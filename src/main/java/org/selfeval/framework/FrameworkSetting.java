package org.selfeval.framework;

/**
 * One line of the framework workbook's 校验规则 sheet: a configuration key as {@code
 * selfeval.properties} spells it (severity.R-X-INCOME, tolerance.figure …), its value, what it
 * means, and the row it was read from (0 when it was not read from a sheet), so a wrong value is
 * reported at its row.
 */
public record FrameworkSetting(String key, String value, String note, int row) {}
