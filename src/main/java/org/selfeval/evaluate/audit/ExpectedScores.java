package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;
import org.selfeval.evaluate.scoring.ScoringContext;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.Submission;

/**
 * The score each indicator will carry once every advised value is applied: the engine's, except
 * where the framework corrects the indicator's 分值 (R-TREE / R-WEIGHT-SUM): then its method scores
 * it out of the corrected 分值 (a formula indicator at full marks gets the framework's full marks),
 * or a kept score is capped at it. Score advice and 小计 checks use these, so they agree with the 分值
 * advice.
 */
final class ExpectedScores {

    private final Map<IndicatorScore, BigDecimal> byLeaf = new IdentityHashMap<>();
    private final Map<IndicatorScore, BigDecimal> weights = new IdentityHashMap<>();

    ExpectedScores(Submission s, AuditContext ctx) {
        ScoringContext scoring =
                new ScoringContext(
                        ctx.config(), s.management(), ctx.recomputed().budgetExecutionRate());
        for (GroupScore g1 : ctx.recomputed().scores().groups()) {
            for (GroupScore g2 : g1.children()) {
                for (IndicatorScore leaf : g2.indicators()) {
                    BigDecimal weight = FrameworkWeightRule.fixedLeafWeight(ctx, g1, g2, leaf);
                    weights.put(leaf, weight);
                    byLeaf.put(
                            leaf,
                            weight.compareTo(leaf.weight()) == 0
                                    ? leaf.score()
                                    : rescore(leaf, weight, scoring, ctx));
                }
            }
        }
    }

    private static BigDecimal rescore(
            IndicatorScore leaf, BigDecimal weight, ScoringContext scoring, AuditContext ctx) {
        var method =
                ctx.methods()
                        .find(leaf.method())
                        .filter(m -> ctx.methods().mechanical(leaf.method()));
        if (method.isPresent()) {
            try {
                var result = method.get().score(leaf.row(), weight, scoring);
                if (result.scored()) return result.score();
            } catch (ArithmeticException e) {
                // fall through to the kept score, as the engine does
            }
        }
        BigDecimal own = leaf.reportedScore() == null ? BigDecimal.ZERO : leaf.reportedScore();
        return own.signum() < 0 ? BigDecimal.ZERO : own.min(weight);
    }

    /** The indicator's 分值 once the advice is applied. */
    BigDecimal weight(IndicatorScore leaf) {
        return weights.getOrDefault(leaf, leaf.weight());
    }

    BigDecimal of(IndicatorScore leaf) {
        return byLeaf.getOrDefault(leaf, leaf.score());
    }

    BigDecimal of(GroupScore group) {
        if (group.children().isEmpty()) {
            return group.indicators().stream()
                    .map(this::of)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return group.children().stream().map(this::of).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
