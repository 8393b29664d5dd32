package org.selfeval.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;

/**
 * The header of the summary's budget-execution column, in the words of the framework the
 * submissions were scored by (部门预算资金支出率 for guangzhou-2023, 预算执行率 for caiyu-2020), marked as a
 * percentage so it is never taken for the 一级 score column of the same name (caiyu-2020's 预算执行率 is
 * both). The record keeps no framework, so it is recognised by its 一级 names: the framework the
 * bureau put in effect when it shares as many of them as any built-in one (so a bureau that renamed
 * the rate sees its own name), else the built-in framework sharing most of them (a bureau's edit of
 * one keeps most).
 */
final class RateColumn {

    private RateColumn() {}

    static String header(List<String> level1Columns, Framework inEffect) {
        List<Framework> candidates = new ArrayList<>();
        // first, so that it wins a tie (Stream.max keeps the first of equals)
        if (inEffect != null) candidates.add(inEffect);
        candidates.addAll(BuiltInFrameworks.all());
        Framework closest =
                candidates.stream()
                        .max(
                                Comparator.comparingLong(
                                        (Framework f) ->
                                                f.level1Names().stream()
                                                        .filter(level1Columns::contains)
                                                        .count()))
                        .filter(f -> f.level1Names().stream().anyMatch(level1Columns::contains))
                        // a board with no scored submission yet: the bureau's words, else the
                        // default's
                        .orElse(inEffect != null ? inEffect : BuiltInFrameworks.defaultFramework());
        return closest.budgetRateName() + "（%）";
    }
}
