package org.selfeval.evaluate.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.selfeval.model.Percent;
import org.selfeval.model.Submission;

/**
 * A seeded random submission whose figures are consistent (every rule holds), kept as editable cell
 * text so a test can perturb one cell and see which rule catches it. Cells are String (null =
 * blank).
 */
public final class GeneratedSubmission {

    /** Comparison rows: 项目 · 本年 · 上年 · 差异 · 差异率 · 差异说明; row 0 is 合计. */
    public final List<String[]> income = new ArrayList<>();

    public final List<String[]> expenditure = new ArrayList<>();
    public final Map<String, String> info = new LinkedHashMap<>();

    /** Indicator rows: kind(L/S/T) · 一级 · 二级 · 三级 · 分值 · 自评得分. */
    public final List<String[]> indicators = new ArrayList<>();

    /** Projects: 序号 · 名称 · 年初 · 调整后 · 实际 · 实际支出率 · 执行说明. */
    public final List<String[]> projects = new ArrayList<>();

    private final Random random;

    private GeneratedSubmission(long seed) {
        this.random = new Random(seed);
    }

    public static GeneratedSubmission consistent(long seed) {
        GeneratedSubmission g = new GeneratedSubmission(seed);
        g.generate();
        return g;
    }

    public Random random() {
        return random;
    }

    private BigDecimal amount(int maxWan) {
        // Sometimes 0, otherwise up to maxWan 万元 with 2 decimals.
        if (random.nextInt(8) == 0) return BigDecimal.ZERO.setScale(2);
        return BigDecimal.valueOf(random.nextInt(maxWan * 100) + 1L, 2);
    }

    private void generate() {
        info.put("部门名称", "测试部门" + random.nextInt(100));
        info.put("评价年度", "2023");
        for (String key :
                ReportTextRule.NARRATIVE.stream()
                        .map(e -> e[0])
                        .toList()) { // every text the report needs
            info.put(key, key + "：按计划完成。");
        }
        // 支出: 基本支出 + 项目支出.
        BigDecimal basic = amount(50_000);
        BigDecimal project = amount(20_000);
        List<String[]> exp =
                List.of(line("基本支出", basic, amount(50_000)), line("项目支出", project, amount(20_000)));
        BigDecimal spent = basic.add(project);
        expenditure.add(total(exp));
        expenditure.addAll(exp);
        // 收入: details whose sum covers the spending.
        int kinds = 1 + random.nextInt(3);
        List<String[]> inc = new ArrayList<>();
        BigDecimal covered = BigDecimal.ZERO;
        for (int i = 0; i < kinds; i++) {
            BigDecimal current =
                    i == kinds - 1
                            ? spent.subtract(covered).max(BigDecimal.ZERO).add(amount(1_000))
                            : amount(30_000);
            covered = covered.add(current);
            inc.add(line("收入" + i, current, amount(30_000)));
        }
        income.add(total(inc));
        income.addAll(inc);
        info.put("全年预算数", spent.add(amount(5_000)).max(new BigDecimal("0.01")).toPlainString());
        info.put("二级项目资金", project.toPlainString());
        info.put("整体支出自评金额", spent.toPlainString());
        // One to three projects within 项目支出 (the count drawn once: every seed has a project to
        // change).
        BigDecimal left = project;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            BigDecimal adjusted = amount(1_000).add(new BigDecimal("0.01"));
            BigDecimal actual =
                    left.min(adjusted)
                            .multiply(BigDecimal.valueOf(random.nextInt(101)))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            left = left.subtract(actual);
            projects.add(
                    new String[] {
                        String.valueOf(i + 1),
                        "项目" + i,
                        adjusted.toPlainString(),
                        adjusted.toPlainString(),
                        actual.toPlainString(),
                        rounded(Percent.of(actual, adjusted)),
                        "执行说明" + i
                    });
        }
        // Indicators: two 一级 of 50, each split into 二级 groups of leaves scored in half points.
        BigDecimal all = BigDecimal.ZERO;
        for (String l1 : List.of("一级甲", "一级乙")) {
            int groups = 1 + random.nextInt(3);
            int[] groupWeights = split(50, groups);
            BigDecimal sum1 = BigDecimal.ZERO;
            for (int g = 0; g < groups; g++) {
                String l2 = l1 + "二级" + g;
                int[] leafWeights =
                        split(groupWeights[g], 1 + random.nextInt(Math.min(3, groupWeights[g])));
                BigDecimal sum2 = BigDecimal.ZERO;
                for (int k = 0; k < leafWeights.length; k++) {
                    BigDecimal score =
                            BigDecimal.valueOf(random.nextInt(leafWeights[k] * 2 + 1))
                                    .multiply(new BigDecimal("0.5"));
                    sum2 = sum2.add(score);
                    indicators.add(
                            new String[] {
                                "L",
                                l1,
                                l2,
                                l2 + "三级" + k,
                                String.valueOf(leafWeights[k]),
                                score.toPlainString()
                            });
                }
                indicators.add(
                        new String[] {
                            "S", l1, l2, "", String.valueOf(groupWeights[g]), sum2.toPlainString()
                        });
                sum1 = sum1.add(sum2);
            }
            indicators.add(new String[] {"S", l1, "", "", "50", sum1.toPlainString()});
            all = all.add(sum1);
        }
        indicators.add(new String[] {"T", "合计", "", "", "100", all.toPlainString()});
    }

    /** Splits a whole weight into n positive whole parts (n ≤ total). */
    private int[] split(int total, int n) {
        int[] parts = new int[n];
        int left = total;
        for (int i = 0; i < n - 1; i++) {
            parts[i] = 1 + random.nextInt(Math.max(1, left - (n - i)));
            left -= parts[i];
        }
        parts[n - 1] = left;
        return parts;
    }

    private static String[] line(String item, BigDecimal current, BigDecimal previous) {
        return new String[] {
            item,
            current.toPlainString(),
            previous.toPlainString(),
            current.subtract(previous).toPlainString(),
            rounded(Percent.change(current, previous)),
            "变动原因：" + item
        };
    }

    private static String[] total(List<String[]> details) {
        BigDecimal current =
                details.stream()
                        .map(r -> new BigDecimal(r[1]))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal previous =
                details.stream()
                        .map(r -> new BigDecimal(r[2]))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        String[] t = line("合计", current, previous);
        t[5] = "";
        return t;
    }

    private static String rounded(BigDecimal rate) {
        return rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public Submission build() {
        SubmissionBuilder b = new SubmissionBuilder("generated.xlsx");
        info.forEach(b::info);
        for (String[] r : income) b.income(r[0], r[1], r[2], r[3], r[4], r[5]);
        for (String[] r : expenditure) b.expenditure(r[0], r[1], r[2], r[3], r[4], r[5]);
        for (String[] r : indicators) {
            switch (r[0]) {
                case "L" -> b.leaf(r[1], r[2], r[3], r[3], "定性", "", "已完成", r[4], "", r[5]);
                case "S" -> b.subtotal(r[1], r[2], r[4], r[5]);
                default -> b.total(r[4], r[5]);
            }
        }
        for (String[] p : projects) b.project(p[0], p[1], p[2], p[3], p[4], p[5], p[6]);
        return b.build();
    }
}
