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
 * caiyu-2020), each headed with its 满分 ("履职效能（满分50）").
 */
final class IndicatorColumns {

    /**
     * @param name the 一级 name
     * @param header the name with its 满分
     */
    record IndicatorColumn(String name, String header, Function<ManifestEntry, BigDecimal> score) {}

    private IndicatorColumns() {}

    static List<IndicatorColumn> of(StatusBoard board) {
        List<ManifestEntry> entries = scored(board);
        return GroupScores.columns(entries).stream()
                .map(
                        name ->
                                new IndicatorColumn(
                                        name,
                                        OutOf.header(
                                                name,
                                                entries.stream()
                                                        .map(e -> e.groups().maximum(name))
                                                        .toList()),
                                        (ManifestEntry e) -> e.groups().get(name)))
                .toList();
    }

    /** "总分（满分100）": the 满分 of the totals the summary shows. */
    static String totalHeader(StatusBoard board) {
        return OutOf.header(
                "总分", scored(board).stream().map(e -> e.groups().totalMaximum()).toList());
    }

    private static List<ManifestEntry> scored(StatusBoard board) {
        return board.rows().stream().map(DepartmentRow::latest).filter(Objects::nonNull).toList();
    }
}
