package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Formats;
import org.selfeval.model.IndicatorRow;

/**
 * 实际 ≤ 预算 → full, else 0, from the 管理指标数据 rows of one formula: the shape the control indicators
 * (“三公”经费, 公用经费) share. The sentence names the rows by the framework's own item names; a subclass
 * may add to it.
 */
abstract class BudgetCeilingMethod implements ScoringMethod {
    static final String ACTUAL = "实际";
    static final String BUDGET = "预算";

    private final String formula;

    /**
     * @param formula the formula's name in 管理指标数据 ("三公经费控制")
     */
    BudgetCeilingMethod(String formula) {
        this.formula = formula;
    }

    /**
     * Why the figures cannot be scored, if they cannot (e.g. a rate over a zero budget); {@code
     * budgetItem} is the budget row's name in the framework in effect.
     */
    Optional<ScoreResult> unscorable(BigDecimal budget, String budgetItem) {
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
        Optional<ScoreResult> refused = unscorable(budget.get(), data.item(BUDGET));
        if (refused.isPresent()) return refused.get();
        boolean within = actual.get().compareTo(budget.get()) <= 0;
        return ScoreResult.of(
                Scores.full(within, weight),
                data.item(ACTUAL)
                        + " "
                        + Formats.amount(actual.get())
                        + " 万元"
                        + (within ? "未超过" : "超过")
                        + data.item(BUDGET)
                        + " "
                        + Formats.amount(budget.get())
                        + " 万元"
                        + more(actual.get(), budget.get())
                        + data.cells(ACTUAL, BUDGET));
    }
}
