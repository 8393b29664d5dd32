package org.selfeval.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.selfeval.publish.GroupScores;
import org.selfeval.publish.ManifestEntry;

/**
 * The 一级指标 score columns of the summary, chosen in one place: the 一级 groups the board's submissions
 * were scored by, in their framework's order (履职效能, 管理效率 for guangzhou-2023; 预算执行率, 产出指标 … for
 * caiyu-2020).
 */
final class IndicatorColumns {

    record IndicatorColumn(String header, Function<ManifestEntry, BigDecimal> score) {}

    private IndicatorColumns() {}

    static List<IndicatorColumn> of(StatusBoard board) {
        List<ManifestEntry> entries =
                board.rows().stream().map(DepartmentRow::latest).filter(Objects::nonNull).toList();
        return GroupScores.columns(entries).stream()
                .map(name -> new IndicatorColumn(name, (ManifestEntry e) -> e.groups().get(name)))
                .toList();
    }
}
