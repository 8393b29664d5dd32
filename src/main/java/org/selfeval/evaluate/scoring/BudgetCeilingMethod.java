package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorRow;

/**
 * 实际 ≤ 预算 → full, else 0, from the 管理指标数据 rows of one formula: the shape the control indicators
 * (“三公”经费, 公用经费) share. A subclass names what is spent and may add to the sentence.
 */
abstract class BudgetCeilingMethod implements ScoringMethod {
    static final String ACTUAL = "实际";
    static final String BUDGET = "预算";

    private final String formula;
    private final String spending;

    /**
     * @param formula the formula's name in 管理指标数据 ("三公经费控制")
     * @param spending what the sentence says was spent ("“三公”经费")
     */
    BudgetCeilingMethod(String formula, String spending) {
        this.formula = formula;
        this.spending = spending;
    }

    /** Why the figures cannot be scored, if they cannot (e.g. a rate over a zero budget). */
    Optional<ScoreResult> unscorable(BigDecimal budget) {
        return Optional.empty();
    }

    /** What follows the comparison in the sentence ("，控制率 3.20%"), "" for nothing. */
    String more(BigDecimal actual, BigDecimal budget) {
        return "";
    }

    @Override
    public final ScoreResult score(IndicatorRow row, BigDecimal weight, ScoringContext ctx) {
        FormulaData data = new FormulaData(ctx, formula);
        Optional<BigDecimal> actual = data.value(ACTUAL);
        Optional<BigDecimal> budget = data.value(BUDGET);
        if (actual.isEmpty() || budget.isEmpty()) return data.missing(ACTUAL, BUDGET);
        Optional<ScoreResult> refused = unscorable(budget.get());
        if (refused.isPresent()) return refused.get();
        boolean within = actual.get().compareTo(budget.get()) <= 0;
        return ScoreResult.of(
                Scores.full(within, weight),
                spending
                        + "实际支出 "
                        + Formats.amount(actual.get())
                        + " 万元"
                        + (within ? "未超过" : "超过")
                        + "预算 "
                        + Formats.amount(budget.get())
                        + " 万元"
                        + more(actual.get(), budget.get())
                        + data.cells(ACTUAL, BUDGET));
    }
}
