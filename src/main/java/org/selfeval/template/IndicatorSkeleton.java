package org.selfeval.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.selfeval.framework.Framework;
import org.selfeval.framework.Leaf;
import org.selfeval.framework.Level1;
import org.selfeval.framework.Level2;

/**
 * The rows the blank template's 绩效指标 starts with, walked from the framework: for each 二级 the empty
 * rows for the department's own indicators, the named 三级 indicators with their 分值 and standard
 * wording, a 小计 row; a 小计 row after each 一级; the 合计 row last.
 */
final class IndicatorSkeleton {

    private IndicatorSkeleton() {}

    static List<IndicatorLine> lines(Framework framework) {
        List<IndicatorLine> lines = new ArrayList<>();
        for (Level1 l1 : framework.tree()) {
            for (Level2 l2 : l1.children()) {
                lines.addAll(Collections.nCopies(l2.ownRows(), IndicatorLine.blank()));
                for (Leaf leaf : l2.leaves()) {
                    lines.add(
                            new IndicatorLine(
                                    l1.name(),
                                    l2.name(),
                                    leaf.name(),
                                    blankToNull(leaf.content()),
                                    blankToNull(leaf.nature()),
                                    value(leaf.target()),
                                    blankToNull(leaf.unit()),
                                    null,
                                    leaf.weight(),
                                    blankToNull(leaf.method()),
                                    null,
                                    null));
                }
                if (!l2.singleIndicator())
                    lines.add(IndicatorLine.subtotal(l1.name(), l2.name(), l2.weight(), null));
            }
            lines.add(IndicatorLine.subtotal(l1.name(), null, l1.weight(), null));
        }
        lines.add(IndicatorLine.total(framework.totalWeight(), null));
        return List.copyOf(lines);
    }

    /** A target that is a number becomes a number cell, as staff would type it. */
    private static Object value(String text) {
        if (text.isEmpty()) return null;
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
