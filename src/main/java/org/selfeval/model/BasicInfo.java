package org.selfeval.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key/value sheet 基本信息 (项目 · 内容): department name, year, narrative sections. Keys are the
 * labels of DESIGN.md (部门名称, 评价年度, 主要职责 …), in sheet order. Numeric entries (二级项目个数, 全年预算数 …) are
 * also parsed into {@link #numbers()}.
 */
public record BasicInfo(Map<String, Text> texts, Map<String, Num> numbers) {

    public static final String DEPARTMENT = "部门名称";
    public static final String YEAR = "评价年度";

    public BasicInfo {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }

    public Optional<Text> text(String key) {
        return Optional.ofNullable(texts.get(key)).filter(t -> !t.isBlank());
    }

    /** The entry's text, or "" when missing. */
    public String value(String key) {
        return text(key).map(Text::value).orElse("");
    }

    /** The entry's non-blank lines (one duty or one paragraph a line). */
    public List<String> lines(String key) {
        return text(key).map(Text::lines).orElse(List.of());
    }

    public Optional<Num> number(String key) {
        return Optional.ofNullable(numbers.get(key)).filter(Num::present);
    }

    public String department() {
        return value(DEPARTMENT);
    }

    public String year() {
        return value(YEAR);
    }
}
