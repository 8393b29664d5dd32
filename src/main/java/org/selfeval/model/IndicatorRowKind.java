package org.selfeval.model;

/** A row of 绩效指标: a leaf indicator, a reported 小计 (of a 二级 or 一级 group), or the 合计. */
public enum IndicatorRowKind {
    LEAF,
    SUBTOTAL,
    TOTAL
}
