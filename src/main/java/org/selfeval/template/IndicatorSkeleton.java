package org.selfeval.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows the blank template's 绩效指标 starts with: empty slots for the department's own 产出/效益 indicators,
 * the 部门预算资金支出率 row, the 管理效率 tree with names and weights, and every 小计/合计 row with its 分值.
 */
final class IndicatorSkeleton {

    private IndicatorSkeleton() {
    }

    static List<IndicatorLine> lines() {
        List<IndicatorLine> lines = new ArrayList<>();
        lines.addAll(Collections.nCopies(TemplateLayout.OUTPUT_SLOTS, IndicatorLine.blank()));
        lines.add(IndicatorLine.subtotal(IndicatorTree.PERFORMANCE, IndicatorTree.OUTPUT, bd("20"), null));
        lines.addAll(Collections.nCopies(TemplateLayout.BENEFIT_SLOTS, IndicatorLine.blank()));
        lines.add(IndicatorLine.subtotal(IndicatorTree.PERFORMANCE, IndicatorTree.BENEFIT, bd("20"), null));
        lines.add(new IndicatorLine(IndicatorTree.PERFORMANCE, IndicatorTree.SPENDING_RATE, IndicatorTree.SPENDING_RATE,
                IndicatorTree.SPENDING_RATE, "≥", bd("100"), "%", null, bd("10"), "支出率", null, null));
        lines.add(IndicatorLine.subtotal(IndicatorTree.PERFORMANCE, null, bd("50"), null));
        for (IndicatorTree.Group g : IndicatorTree.MANAGEMENT_GROUPS) {
            for (IndicatorTree.Leaf leaf : g.leaves()) {
                lines.add(new IndicatorLine(IndicatorTree.MANAGEMENT, g.name(), leaf.name(), null, null, null, null,
                        null, leaf.weight(), leaf.method(), null, null));
            }
            lines.add(IndicatorLine.subtotal(IndicatorTree.MANAGEMENT, g.name(), g.weight(), null));
        }
        lines.add(IndicatorLine.subtotal(IndicatorTree.MANAGEMENT, null, bd("50"), null));
        lines.add(IndicatorLine.total(bd("100"), null));
        return List.copyOf(lines);
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
