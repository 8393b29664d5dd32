package org.selfeval.evaluate.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.evaluate.scoring.TargetDirection;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorRowKind;
import org.selfeval.model.NameKey;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;

/**
 * Target directions worth a second look. R-TARGET-DIRECTION: a 数量指标 counts things produced
 * (inspections, hectares, households), so "≤4" as its target is likely a slip for "≥4" (提示 at the
 * target). R-NATURE-SIGN: 指标性质 says ≥ where the target says ≤ (or the reverse): one of them is
 * wrong (警告 at 指标性质).
 */
final class TargetDirectionRule implements AuditRule {
    static final FindingKind DIRECTION =
            new FindingKind("R-TARGET-DIRECTION", "目标方向", Severity.INFO);
    static final FindingKind NATURE = new FindingKind("R-NATURE-SIGN", "指标性质矛盾", Severity.WARNING);

    private static final String QUANTITY = NameKey.of("数量指标");

    @Override
    public List<FindingKind> kinds() {
        return List.of(DIRECTION, NATURE);
    }

    @Override
    public List<Finding> check(Submission s, AuditContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (IndicatorRow row : s.indicators()) {
            if (row.kind() != IndicatorRowKind.LEAF
                    || !TargetDirection.numeric(row.target().value())) continue;
            String target = row.target().value();
            Optional<String> written = TargetDirection.written(target);
            String nature = row.nature().value();
            boolean opposite =
                    written.isPresent()
                            && isSign(nature)
                            && !written.get().equals(nature)
                            && !TargetDirection.EQUAL.equals(nature)
                            && !TargetDirection.EQUAL.equals(written.get());
            if (opposite) {
                out.add(
                        ctx.finding(
                                NATURE,
                                row.nature().source(),
                                row.name(),
                                written.get(),
                                nature,
                                "“"
                                        + row.name()
                                        + "”的指标性质为“"
                                        + nature
                                        + "”，年度指标值“"
                                        + target
                                        + "”却是“"
                                        + written.get()
                                        + "”，两者矛盾，评分方向无法确定：请把指标性质改为“"
                                        + written.get()
                                        + "”，或改正年度指标值。"));
                continue;
            }
            String direction = written.orElse(nature);
            if (quantity(row) && TargetDirection.AT_MOST.equals(direction)) {
                out.add(
                        ctx.finding(
                                DIRECTION,
                                row.target().source(),
                                row.name(),
                                "",
                                target,
                                "“"
                                        + row.name()
                                        + "”是数量指标（产出的数量），年度指标值“"
                                        + target
                                        + "”表示越少越好，将按"
                                        + "“不超过”评分：如目标是至少完成这么多，请改为“≥"
                                        + target.replaceAll("^[^\\d]*", "")
                                        + "”。"));
            }
        }
        return out;
    }

    private static boolean isSign(String nature) {
        return TargetDirection.AT_LEAST.equals(nature)
                || TargetDirection.AT_MOST.equals(nature)
                || TargetDirection.EQUAL.equals(nature);
    }

    private static boolean quantity(IndicatorRow row) {
        return QUANTITY.equals(NameKey.of(row.level2().value()))
                || QUANTITY.equals(NameKey.of(row.level3().value()));
    }
}
