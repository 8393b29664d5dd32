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

    public Optional<Num> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(Num::present);
    }
}
