package org.selfeval.template;

import java.math.BigDecimal;
import org.selfeval.model.WorkbookContract;

/**
 * One row of 绩效指标 as the template (or an example) writes it. {@code target} and {@code actual} are
 * a {@link BigDecimal} when staff would type a number, else text; null means blank.
 */
record IndicatorLine(
        String level1,
        String level2,
        String level3,
        String content,
        String nature,
        Object target,
        String unit,
        Object actual,
        BigDecimal weight,
        String method,
        BigDecimal score,
        String explanation) {

    static IndicatorLine blank() {
        return new IndicatorLine(
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A subtotal row: names its group to the left of 指标内容 (level2 null for a 一级 subtotal). */
    static IndicatorLine subtotal(
            String level1, String level2, BigDecimal weight, BigDecimal score) {
        return new IndicatorLine(
                level1,
                level2,
                null,
                WorkbookContract.SUBTOTAL,
                null,
                null,
                null,
                null,
                weight,
                null,
                score,
                null);
    }

    static IndicatorLine total(BigDecimal weight, BigDecimal score) {
        return new IndicatorLine(
                WorkbookContract.TOTAL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                weight,
                null,
                score,
                null);
    }

    boolean isSummary() {
        return WorkbookContract.SUBTOTAL.equals(content) || WorkbookContract.TOTAL.equals(level1);
    }
}
