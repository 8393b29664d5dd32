package org.selfeval.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** 管理指标数据 (项目 · 数值): the raw figures formula indicators need, e.g. 公用经费实际支出. */
public record ManagementData(Map<String, Num> values) {

    public ManagementData {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static ManagementData empty() {
        return new ManagementData(Map.of());
    }

    /**
     * The typed value of an item, its name compared by {@link NameKey}; empty when absent or blank.
     */
    public Optional<Num> get(String key) {
        return entry(key).filter(Num::present);
    }

    /** True when the sheet lists the item (even with a blank value). */
    public boolean has(String key) {
        return entry(key).isPresent();
    }

    private Optional<Num> entry(String key) {
        Num exact = values.get(key);
        if (exact != null) return Optional.of(exact);
        String wanted = NameKey.of(key);
        return values.entrySet().stream()
                .filter(e -> NameKey.of(e.getKey()).equals(wanted))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
