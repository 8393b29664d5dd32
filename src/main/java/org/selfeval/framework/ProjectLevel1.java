package org.selfeval.framework;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 一级 indicator of the project table (产出指标 50) and the 二级 indicators staff choose under it (数量指标
 * …).
 */
public record ProjectLevel1(String name, BigDecimal weight, List<String> level2) {

    public ProjectLevel1 {
        level2 = List.copyOf(level2);
    }
}
