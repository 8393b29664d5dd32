package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.ScoreCard;
import org.selfeval.model.Submission;

/**
 * Scores every leaf of 绩效指标 with its method, then sums 二级 and 一级 groups (in sheet order), the total
 * and the grade. The department's subtotals are only carried as {@code reportedScore}: the audit
 * compares them.
 */
public final class Scorer {

    private final EvaluationConfig config;
    private final ScoringMethods methods;
    private final MethodChoice choice;

    public Scorer(EvaluationConfig config, ScoringMethods methods) {
        this.config = config;
        this.methods = methods;
        this.choice = new MethodChoice(config);
    }

    public ScoringOutcome score(Submission submission, BigDecimal budgetExecutionRate) {
        ScoringContext ctx =
                new ScoringContext(config, submission.management(), budgetExecutionRate);
        List<Finding> findings = new ArrayList<>();
        Map<String, Map<String, List<IndicatorScore>>> tree = new LinkedHashMap<>();
        Map<String, IndicatorRow> subtotals = new LinkedHashMap<>();
        BigDecimal reportedTotal = null;
        for (IndicatorRow row : submission.indicators()) {
            String l1 = row.level1().value();
            String l2 = row.level2().value();
            switch (row.kind()) {
                case TOTAL -> reportedTotal = row.selfScore().value();
                case SUBTOTAL -> subtotals.put(IndicatorPath.of(l1, l2), row);
                case LEAF ->
                        tree.computeIfAbsent(l1, k -> new LinkedHashMap<>())
                                .computeIfAbsent(l2, k -> new ArrayList<>())
                                .add(scoreLeaf(row, ctx, findings));
            }
        }
        List<GroupScore> groups = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Map<String, List<IndicatorScore>>> level1 : tree.entrySet()) {
            List<GroupScore> children = new ArrayList<>();
            BigDecimal sum1 = BigDecimal.ZERO;
            BigDecimal weights1 = BigDecimal.ZERO;
            for (Map.Entry<String, List<IndicatorScore>> level2 : level1.getValue().entrySet()) {
                BigDecimal sum2 =
                        level2.getValue().stream()
                                .map(IndicatorScore::score)
                                .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal leafWeights =
                        level2.getValue().stream()
                                .map(IndicatorScore::weight)
                                .reduce(BigDecimal.ZERO, BigDecimal::add);
                IndicatorRow sub =
                        subtotals.get(IndicatorPath.of(level1.getKey(), level2.getKey()));
                BigDecimal weight2 = groupWeight(sub, leafWeights);
                children.add(
                        new GroupScore(
                                level2.getKey(),
                                weight2,
                                sum2,
                                sub == null ? null : sub.selfScore().value(),
                                List.of(),
                                level2.getValue()));
                sum1 = sum1.add(sum2);
                weights1 = weights1.add(weight2);
            }
            IndicatorRow sub = subtotals.get(IndicatorPath.of(level1.getKey(), ""));
            groups.add(
                    new GroupScore(
                            level1.getKey(),
                            groupWeight(sub, weights1),
                            sum1,
                            sub == null ? null : sub.selfScore().value(),
                            children,
                            List.of()));
            total = total.add(sum1);
        }
        return new ScoringOutcome(
                new ScoreCard(
                        groups, total, reportedTotal, config.grade(total), config.framework()),
                findings);
    }

    /**
     * The weight a group is scored out of: its 小计 row's 分值 when typed, else the sum of its parts.
     */
    private static BigDecimal groupWeight(IndicatorRow subtotal, BigDecimal partsWeight) {
        if (subtotal != null && subtotal.weight().present()) return subtotal.weight().value();
        return partsWeight;
    }

    private IndicatorScore scoreLeaf(IndicatorRow row, ScoringContext ctx, List<Finding> findings) {
        BigDecimal weight = weightOf(row);
        String name = choice.methodFor(row);
        BigDecimal own = row.selfScore().value();
        Optional<ScoringMethod> method = methods.find(name);
        if (method.isEmpty()) {
            findings.add(
                    finding(
                            ScoringMethods.UNKNOWN_METHOD,
                            row,
                            "",
                            name,
                            "评分方法“"
                                    + name
                                    + "”无法识别，已保留部门自评得分。请改为："
                                    + String.join("、", methods.namesFor(config.framework()))
                                    + "。",
                            row.method()));
            return new IndicatorScore(
                    row, weight, keptScore(row, weight, findings), own, ScoringMethods.QUALITATIVE);
        }
        ScoreResult result;
        try {
            result = method.get().score(row, weight, ctx);
        } catch (ArithmeticException e) {
            result = ScoreResult.unscorable("数值无法计算（" + e.getMessage() + "）");
        }
        if (result.scored()) return new IndicatorScore(row, weight, result.score(), own, name);
        org.selfeval.model.Text cited = result.aboutTarget() ? row.target() : row.actual();
        findings.add(
                finding(
                        ScoringMethods.UNSCORABLE,
                        row,
                        "",
                        cited.value(),
                        result.unscorableReason()
                                + "，已保留部门自评得分。如需自动计分，请按“不少于150台”“≥90%”“2023年12月10日前”“9月底前”等格式填写年度指标值和实际完成值。",
                        cited));
        return new IndicatorScore(row, weight, keptScore(row, weight, findings), own, name);
    }

    private BigDecimal keptScore(IndicatorRow row, BigDecimal weight, List<Finding> findings) {
        BigDecimal own = row.selfScore().value();
        if (own == null) {
            findings.add(
                    new Finding(
                            ScoringMethods.NO_SCORE.id(),
                            config.severity(ScoringMethods.NO_SCORE),
                            row.selfScore().source(),
                            row.name(),
                            "",
                            "",
                            "该指标无法自动计分，且自评得分为空，暂按 0 分计。请填写自评得分。"));
            return BigDecimal.ZERO;
        }
        return Scores.clamp(own, weight);
    }

    /**
     * The leaf's 分值 as typed, else the framework's weight for its place in the tree, else 0 (the
     * audit reports it).
     */
    private BigDecimal weightOf(IndicatorRow row) {
        if (row.weight().present()) return row.weight().value();
        return config.frameworkWeight(
                        row.level1().value(), row.level2().value(), row.level3().value())
                .orElse(BigDecimal.ZERO);
    }

    private Finding finding(
            FindingKind kind,
            IndicatorRow row,
            String expected,
            String found,
            String message,
            org.selfeval.model.Text cell) {
        return new Finding(
                kind.id(),
                config.severity(kind),
                cell.source() != null ? cell.source() : row.row(),
                row.name(),
                expected,
                found,
                message);
    }
}
