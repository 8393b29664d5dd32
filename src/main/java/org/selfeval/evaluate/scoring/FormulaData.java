package org.selfeval.evaluate.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.selfeval.model.Num;

/**
 * The 管理指标数据 figures a formula method reads, by the role the method gives them (实际, 预算 …); which
 * item of the sheet plays each role is the framework's (公式指标), so a bureau renames an item without
 * a code change.
 */
record FormulaData(ScoringContext ctx, String method) {

    /**
     * The item's name in 管理指标数据 (the role itself when the framework forgot it; the audit then says
     * so).
     */
    String item(String role) {
        return ctx.config().framework().input(method, role).orElse(role);
    }

    Optional<BigDecimal> value(String role) {
        return ctx.management().get(item(role)).map(Num::value);
    }

    boolean listed(String role) {
        return ctx.management().has(item(role));
    }

    /** "（管理指标数据!B5、B6）": where the items of these roles were read. */
    String cells(String... roles) {
        return Scores.cells(ctx, Arrays.stream(roles).map(this::item).toArray(String[]::new));
    }

    ScoreResult missing(String... roles) {
        return Scores.missing(Arrays.stream(roles).map(this::item).toArray(String[]::new));
    }
}
