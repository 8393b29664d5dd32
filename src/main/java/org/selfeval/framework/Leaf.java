package org.selfeval.framework;

import java.math.BigDecimal;

/**
 * A 三级 indicator the framework names: pre-filled in the template with its 分值 and, when given, its
 * standard wording (指标内容, 指标性质, 年度指标值, 计量单位) and 评分方法. Blank texts are "".
 */
public record Leaf(
        String name,
        BigDecimal weight,
        String nature,
        String method,
        String content,
        String target,
        String unit) {}
