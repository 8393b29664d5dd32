package org.selfeval.summary;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import org.selfeval.model.Formats;

/**
 * A score column's header with what the score is out of, in the framework's own figures:
 * "总分（满分100）", "履职效能（满分50）". Departments scored by frameworks that weigh a group differently (a
 * bureau's edit beside a built-in one) give "（满分45或50）"; a column with no 满分 recorded keeps its
 * bare name.
 */
final class OutOf {

    private OutOf() {}

    static String header(String name, Collection<BigDecimal> maxima) {
        String shown =
                maxima.stream()
                        .filter(Objects::nonNull)
                        .map(m -> m.stripTrailingZeros())
                        .distinct()
                        .sorted()
                        .map(Formats::plain)
                        .distinct()
                        .collect(Collectors.joining("或"));
        return shown.isEmpty() ? name : name + "（满分" + shown + "）";
    }
}
