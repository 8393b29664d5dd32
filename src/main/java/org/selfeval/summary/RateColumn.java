package org.selfeval.summary;

import java.util.Comparator;
import java.util.List;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;

/**
 * The header of the summary's budget-execution column, in the words of the framework the
 * submissions were scored by (部门预算资金支出率 for guangzhou-2023, 预算执行率 for caiyu-2020), marked as a
 * percentage so it is never taken for the 一级 score column of the same name (caiyu-2020's 预算执行率 is
 * both). The summary keeps no framework, so it is recognised by its 一级 names: the built-in
 * framework sharing most of them (a bureau's edit of one keeps most).
 */
final class RateColumn {

    private RateColumn() {}

    static String header(List<String> level1Columns) {
        Framework closest =
                BuiltInFrameworks.all().stream()
                        .max(
                                Comparator.comparingLong(
                                        (Framework f) ->
                                                f.level1Names().stream()
                                                        .filter(level1Columns::contains)
                                                        .count()))
                        .filter(f -> f.level1Names().stream().anyMatch(level1Columns::contains))
                        .orElse(BuiltInFrameworks.defaultFramework());
        return closest.budgetRateName() + "（%）";
    }
}
