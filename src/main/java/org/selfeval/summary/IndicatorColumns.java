package org.selfeval.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.selfeval.publish.ManifestEntry;

/**
 * The 一级指标 score columns of the summary, chosen in one place: today the Guangzhou framework's two; when the
 * indicator framework becomes data, they derive from the groups the board's submissions were scored by.
 */
final class IndicatorColumns {

    record IndicatorColumn(String header, Function<ManifestEntry, BigDecimal> score) {
    }

    private static final List<IndicatorColumn> GUANGZHOU = List.of(
            new IndicatorColumn(ManifestEntry.PERFORMANCE, ManifestEntry::performance),
            new IndicatorColumn(ManifestEntry.MANAGEMENT, ManifestEntry::management));

    private IndicatorColumns() {
    }

    static List<IndicatorColumn> of(StatusBoard board) {
        return GUANGZHOU;
    }
}
