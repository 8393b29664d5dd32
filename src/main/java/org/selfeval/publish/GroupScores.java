package org.selfeval.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.selfeval.model.GroupScore;
import org.selfeval.model.ScoreCard;

/**
 * The 一级 scores of one submission by name, in the framework's order (履职效能, 管理效率 for guangzhou-2023;
 * 产出指标, 效益指标 … for caiyu-2020). The manifest keeps them in one column as {@code
 * 履职效能=46.98|管理效率=48}.
 */
public record GroupScores(Map<String, BigDecimal> byName) {

    private static final String ENTRIES = "|";
    private static final String VALUE = "=";

    public GroupScores {
        byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    public static GroupScores none() {
        return new GroupScores(Map.of());
    }

    /**
     * The card's 一级 scores: the framework's 一级 first, in its order, then any group the framework
     * does not name.
     */
    public static GroupScores of(ScoreCard card) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String name : card.framework().level1Names()) {
            card.group(name).ifPresent(g -> scores.put(name, g.score()));
        }
        for (GroupScore g : card.groups()) scores.putIfAbsent(g.name(), g.score());
        return new GroupScores(scores);
    }

    public BigDecimal get(String name) {
        return byName.get(name);
    }

    String text() {
        List<String> parts = new ArrayList<>();
        byName.forEach((k, v) -> parts.add(k + VALUE + (v == null ? "" : v.toPlainString())));
        return String.join(ENTRIES, parts);
    }

    static GroupScores parse(String text) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) return new GroupScores(scores);
        for (String part : text.split("\\" + ENTRIES)) {
            int eq = part.lastIndexOf(VALUE);
            if (eq <= 0) continue;
            String v = part.substring(eq + 1);
            scores.put(part.substring(0, eq), v.isEmpty() ? null : new BigDecimal(v));
        }
        return new GroupScores(scores);
    }

    /** The summary's score columns for a set of entries: every 一级 name, in first-seen order. */
    public static List<String> columns(List<ManifestEntry> entries) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        entries.forEach(e -> names.addAll(e.groups().byName().keySet()));
        return new ArrayList<>(names);
    }
}
