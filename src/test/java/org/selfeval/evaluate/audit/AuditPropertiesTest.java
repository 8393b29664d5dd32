package org.selfeval.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;

/**
 * Properties over seeded random tables: consistent data passes, each single slip is caught, nothing
 * throws.
 */
class AuditPropertiesTest {

    private static final int SEEDS = 300;
    private final Evaluator evaluator = new Evaluator();

    static Stream<Long> seeds() {
        return LongStream.range(0, SEEDS).boxed();
    }

    private List<Finding> findings(GeneratedSubmission g) {
        return evaluator.evaluate(g.build(), List.of()).findings();
    }

    private static String describe(List<Finding> fs) {
        return fs.stream()
                .map(f -> f.ruleId() + " " + f.source().sheetCell() + " " + f.message())
                .collect(Collectors.joining("\n"));
    }

    private static boolean has(List<Finding> fs, String ruleId, String cell) {
        return fs.stream()
                .anyMatch(f -> f.ruleId().equals(ruleId) && f.source().sheetCell().equals(cell));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void consistentDataHasNoFindings(long seed) {
        List<Finding> fs = findings(GeneratedSubmission.consistent(seed));
        assertTrue(fs.isEmpty(), "seed " + seed + ":\n" + describe(fs));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void changedAmountIsCaughtBySum(long seed) {
        GeneratedSubmission g = GeneratedSubmission.consistent(seed);
        List<String[]> table = g.random().nextBoolean() ? g.income : g.expenditure;
        int row = 1 + g.random().nextInt(table.size() - 1);
        table.get(row)[1] =
                new BigDecimal(table.get(row)[1])
                        .add(BigDecimal.valueOf(g.random().nextInt(100_000) + 1L, 2))
                        .add(BigDecimal.ONE)
                        .toPlainString();
        String sheet = table == g.income ? "收入决算" : "支出决算";
        List<Finding> fs = findings(g);
        assertTrue(has(fs, "R-SUM", sheet + "!B2"), "seed " + seed + ":\n" + describe(fs));
        assertTrue(
                has(fs, "R-DIFF", sheet + "!D" + (row + 2)), "seed " + seed + ":\n" + describe(fs));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void changedDifferenceIsCaught(long seed) {
        GeneratedSubmission g = GeneratedSubmission.consistent(seed);
        int row = g.random().nextInt(g.expenditure.size());
        g.expenditure.get(row)[3] =
                new BigDecimal(g.expenditure.get(row)[3])
                        .add(new BigDecimal("0.01"))
                        .toPlainString();
        List<Finding> fs = findings(g);
        assertEquals(List.of("R-DIFF"), fs.stream().map(Finding::ruleId).toList(), describe(fs));
        assertTrue(has(fs, "R-DIFF", "支出决算!D" + (row + 2)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void changedRateIsCaught(long seed) {
        GeneratedSubmission g = GeneratedSubmission.consistent(seed);
        int row = g.random().nextInt(g.income.size());
        String typed = g.income.get(row)[4];
        g.income.get(row)[4] =
                typed == null
                        ? "5"
                        : new BigDecimal(typed).add(new BigDecimal("0.02")).toPlainString();
        List<Finding> fs = findings(g);
        assertEquals(List.of("R-RATE"), fs.stream().map(Finding::ruleId).toList(), describe(fs));
        assertTrue(has(fs, "R-RATE", "收入决算!E" + (row + 2)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void changedLeafScoreIsCaught(long seed) {
        GeneratedSubmission g = GeneratedSubmission.consistent(seed);
        List<Integer> leaves =
                java.util.stream.IntStream.range(0, g.indicators.size())
                        .filter(i -> g.indicators.get(i)[0].equals("L"))
                        .boxed()
                        .toList();
        int i = leaves.get(g.random().nextInt(leaves.size()));
        String[] leaf = g.indicators.get(i);
        BigDecimal weight = new BigDecimal(leaf[4]);
        boolean overWeight = g.random().nextBoolean();
        BigDecimal score = new BigDecimal(leaf[5]);
        leaf[5] =
                (overWeight
                                ? weight.add(BigDecimal.ONE)
                                : score.signum() > 0
                                        ? score.subtract(new BigDecimal("0.5"))
                                        : score.add(new BigDecimal("0.5")))
                        .toPlainString();
        List<Finding> fs = findings(g);
        String cell = "绩效指标!K" + (i + 2);
        if (overWeight) assertTrue(has(fs, "R-SCORE-RANGE", cell), describe(fs));
        // The 二级 小计 right after the group's leaves no longer adds up — unless the score was at its
        // 分值 and went above it: capped as R-SCORE-RANGE advises, it is what it was, and the 小计
        // stays right.
        int subtotal = i;
        while (!g.indicators.get(subtotal)[0].equals("S")) subtotal++;
        boolean stillRight = overWeight && score.compareTo(weight) == 0;
        assertEquals(!stillRight, has(fs, "R-SUBTOTAL", "绩效指标!K" + (subtotal + 2)), describe(fs));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void changedSubtotalIsCaught(long seed) {
        GeneratedSubmission g = GeneratedSubmission.consistent(seed);
        List<Integer> rows =
                java.util.stream.IntStream.range(0, g.indicators.size())
                        .filter(i -> !g.indicators.get(i)[0].equals("L"))
                        .boxed()
                        .toList();
        int i = rows.get(g.random().nextInt(rows.size()));
        g.indicators.get(i)[5] =
                new BigDecimal(g.indicators.get(i)[5]).add(new BigDecimal("0.5")).toPlainString();
        List<Finding> fs = findings(g);
        assertTrue(has(fs, "R-SUBTOTAL", "绩效指标!K" + (i + 2)), describe(fs));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void changedWeightIsCaught(long seed) {
        GeneratedSubmission g = GeneratedSubmission.consistent(seed);
        int i = g.random().nextInt(g.indicators.size());
        g.indicators.get(i)[4] =
                new BigDecimal(g.indicators.get(i)[4]).add(BigDecimal.ONE).toPlainString();
        List<Finding> fs = findings(g);
        assertTrue(fs.stream().anyMatch(f -> f.ruleId().startsWith("R-WEIGHT")), describe(fs));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void crossTableSlipsAreCaught(long seed) {
        GeneratedSubmission g = GeneratedSubmission.consistent(seed);
        g.info.put(
                "二级项目资金",
                new BigDecimal(g.info.get("二级项目资金")).add(new BigDecimal("0.24")).toPlainString());
        g.info.put(
                "整体支出自评金额",
                new BigDecimal(g.info.get("整体支出自评金额"))
                        .subtract(new BigDecimal("10.09"))
                        .toPlainString());
        List<Finding> fs = findings(g);
        assertEquals(
                List.of("R-X-PROJECT-FUNDS", "R-X-SELF-EVAL-AMOUNT"),
                fs.stream().map(Finding::ruleId).toList(),
                describe(fs));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void changedProjectRateIsCaught(long seed) {
        GeneratedSubmission g = GeneratedSubmission.consistent(seed);
        int i = g.random().nextInt(g.projects.size());
        g.projects.get(i)[5] =
                new BigDecimal(g.projects.get(i)[5]).add(BigDecimal.ONE).toPlainString();
        List<Finding> fs = findings(g);
        assertEquals(
                List.of("R-PROJECT-RATE"), fs.stream().map(Finding::ruleId).toList(), describe(fs));
        assertTrue(has(fs, "R-PROJECT-RATE", "重点项目!F" + (i + 2)));
    }

    private static final String[] NASTY = {
        null, "0", "-0.01", "-99999999", "999999999999999999.99", "0.001", "1E+3"
    };

    @ParameterizedTest
    @MethodSource("seeds")
    void noInputMakesARuleThrow(long seed) {
        GeneratedSubmission g = GeneratedSubmission.consistent(seed);
        Random r = g.random();
        for (int n = 0; n < 12; n++) {
            String v = NASTY[r.nextInt(NASTY.length)];
            switch (r.nextInt(5)) {
                case 0 -> g.income.get(r.nextInt(g.income.size()))[1 + r.nextInt(4)] = v;
                case 1 -> g.expenditure.get(r.nextInt(g.expenditure.size()))[1 + r.nextInt(4)] = v;
                case 2 -> g.indicators.get(r.nextInt(g.indicators.size()))[4 + r.nextInt(2)] = v;
                case 3 -> {
                    if (!g.projects.isEmpty())
                        g.projects.get(r.nextInt(g.projects.size()))[2 + r.nextInt(4)] = v;
                }
                default -> g.info.put(List.of("全年预算数", "二级项目资金", "整体支出自评金额").get(r.nextInt(3)), v);
            }
        }
        Evaluation e = assertDoesNotThrow(() -> evaluator.evaluate(g.build(), List.of()));
        assertTrue(e.scores().total() != null);
        // Whatever was typed, no printed score leaves [0, 分值] when the 分值 itself is sane.
        e.scores().groups().stream()
                .flatMap(g1 -> g1.children().stream())
                .flatMap(g2 -> g2.indicators().stream())
                .filter(i -> i.weight().signum() >= 0)
                .forEach(
                        i ->
                                assertTrue(
                                        i.score().signum() >= 0
                                                && i.score().compareTo(i.weight()) <= 0,
                                        i.name() + " " + i.score() + " / " + i.weight()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void unexplainedVarianceIsFlaggedExactlyFromTheThreshold(long seed) {
        GeneratedSubmission g = GeneratedSubmission.consistent(seed);
        int row = 1 + g.random().nextInt(g.income.size() - 1);
        String[] r = g.income.get(row);
        r[5] = "";
        java.math.BigDecimal rate =
                org.selfeval.model.Percent.change(new BigDecimal(r[1]), new BigDecimal(r[2]));
        boolean needs =
                rate == null
                        ? new BigDecimal(r[1]).signum() != 0
                        : rate.abs().compareTo(BigDecimal.TEN) >= 0;
        List<Finding> fs = findings(g);
        assertEquals(
                needs,
                has(fs, "R-VARIANCE-NOTE", "收入决算!F" + (row + 2)),
                "rate " + rate + "\n" + describe(fs));
        assertEquals(needs ? 1 : 0, fs.size(), describe(fs));
    }
}
