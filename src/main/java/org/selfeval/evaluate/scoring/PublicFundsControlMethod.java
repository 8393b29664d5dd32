package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Formats;
import org.selfeval.model.Percent;

/** 公用经费控制率 = (实际 − 预算) ÷ 预算 ≤ 0 → full, else 0 (from 管理指标数据). */
final class PublicFundsControlMethod extends BudgetCeilingMethod {
    static final String NAME = "公用经费控制率";

    PublicFundsControlMethod() {
        super(NAME);
    }

    /** (实际 − 预算) ÷ 预算 ≤ 0 is 实际 ≤ 预算 for a positive budget; a zero budget has no rate. */
    @Override
    Optional<ScoreResult> unscorable(BigDecimal budget, String budgetItem) {
        return budget.signum() <= 0
                ? Optional.of(ScoreResult.unscorable(budgetItem + "为 0，控制率无法计算"))
                : Optional.empty();
    }

    @Override
    String more(BigDecimal actual, BigDecimal budget) {
        return "，控制率 " + Formats.percent(Percent.change(actual, budget));
    }
}
