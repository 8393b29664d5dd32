package org.selfeval.evaluate.scoring;

/** 三公经费控制: "三公"经费 实际 ≤ 预算 → full, else 0 (from 管理指标数据). */
final class ThreeCostsMethod extends BudgetCeilingMethod {
    static final String NAME = "三公经费控制";

    ThreeCostsMethod() {
        super(NAME);
    }
}
