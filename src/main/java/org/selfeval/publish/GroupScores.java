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
 * 产出指标, 效益指标 … for caiyu-2020), and each group's 满分 in the framework it was scored by, so the
 * summary's headers can say what a score is out of. The manifest keeps them in one column as {@code
 * 履职效能=46.98/50|管理效率=48/50} (entries written before the 满分 was kept have no "/50").
 *
 * @param maxima the 满分 by name; a group missing here has none recorded
 */
public record GroupScores(Map<String, BigDecimal> byName, Map<String, BigDecimal> maxima) {

    private static final String ENTRIES = "|";
    private static final String VALUE = "=";
    private static final String OUT_OF = "/";

    public GroupScores {
        byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        maxima = Collections.unmodifiableMap(new LinkedHashMap<>(maxima));
    }

    /** Scores without their 满分 (as older entries kept them). */
    public GroupScores(Map<String, BigDecimal> byName) {
        this(byName, Map.of());
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
        Map<String, BigDecimal> maxima = new LinkedHashMap<>();
        List<GroupScore> groups = new ArrayList<>();
        for (String name : card.framework().level1Names()) card.group(name).ifPresent(groups::add);
        groups.addAll(card.groups());
        for (GroupScore g : groups) {
            if (scores.containsKey(g.name())) continue;
            scores.put(g.name(), g.score());
            if (g.weight() != null) maxima.put(g.name(), g.weight());
        }
        return new GroupScores(scores, maxima);
    }

    public BigDecimal get(String name) {
        return byName.get(name);
    }

    /** The group's 满分, null when not recorded. */
    public BigDecimal maximum(String name) {
        return maxima.get(name);
    }

    /** The 满分 of the total: the sum of the groups' 满分, null unless every group has one recorded. */
    public BigDecimal totalMaximum() {
        if (byName.isEmpty() || !maxima.keySet().containsAll(byName.keySet())) return null;
        return maxima.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    String text() {
        List<String> parts = new ArrayList<>();
        byName.forEach(
                (k, v) ->
                        parts.add(
                                k
                                        + VALUE
                                        + (v == null ? "" : v.toPlainString())
                                        + (maxima.containsKey(k)
                                                ? OUT_OF + maxima.get(k).toPlainString()
                                                : "")));
        return String.join(ENTRIES, parts);
    }

    static GroupScores parse(String text) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, BigDecimal> maxima = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) return new GroupScores(scores);
        for (String part : text.split("\\" + ENTRIES)) {
            int eq = part.lastIndexOf(VALUE);
            if (eq <= 0) continue;
            String name = part.substring(0, eq);
            String v = part.substring(eq + 1);
            int slash = v.indexOf(OUT_OF);
            if (slash >= 0) {
                maxima.put(name, new BigDecimal(v.substring(slash + 1)));
                v = v.substring(0, slash);
            }
            scores.put(name, v.isEmpty() ? null : new BigDecimal(v));
        }
        return new GroupScores(scores, maxima);
    }

    /** The summary's score columns for a set of entries: every 一级 name, in first-seen order. */
    public static List<String> columns(List<ManifestEntry> entries) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        entries.forEach(e -> names.addAll(e.groups().byName().keySet()));
        return new ArrayList<>(names);
    }
}
