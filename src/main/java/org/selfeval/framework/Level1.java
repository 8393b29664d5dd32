package org.selfeval.framework;

import java.math.BigDecimal;
import java.util.List;

/** A 一级 indicator with its 分值 and its 二级 indicators in template order. */
public record Level1(String name, BigDecimal weight, List<Level2> children) {

    public Level1 {
        children = List.copyOf(children);
    }
}
