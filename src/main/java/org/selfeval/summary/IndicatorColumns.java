package org.selfeval.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.selfeval.publish.ManifestEntry;

/**
 * The 一级指标 score columns of the summary, listed once: when the indicator framework becomes data, this list is
 * what derives from it.
 */
final class IndicatorColumns {

    record IndicatorColumn(String header, Function<ManifestEntry, BigDecimal> score) {
    }

    static final List<IndicatorColumn> ALL = List.of(
            new IndicatorColumn(ManifestEntry.PERFORMANCE, ManifestEntry::performance),
            new IndicatorColumn(ManifestEntry.MANAGEMENT, ManifestEntry::management));

    private IndicatorColumns() {
    }
}
