package org.selfeval.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.config.ConfigException;
import org.selfeval.config.EvaluationConfig;
import org.selfeval.ingest.ReadFindings;
import org.selfeval.model.FindingKind;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.scoring.ScoringMethods;

/**
 * Every kind of finding a submission can get, gathered from where each is declared: reading (READ-…), the audit
 * rules of {@link AuditCatalogue}, scoring (S-…) and the pipeline (INTERNAL). Names shown to people and the
 * check of a configuration's {@code severity.…} keys derive from here.
 */
public final class FindingCatalogue {

    private static final Map<String, FindingKind> BY_ID = build();

    private FindingCatalogue() {
    }

    private static Map<String, FindingKind> build() {
        List<FindingKind> all = new ArrayList<>(ReadFindings.kinds());
        all.addAll(AuditCatalogue.standard().kinds());
        all.add(Evaluator.UNKNOWN_FRAMEWORK);
        all.addAll(ScoringMethods.kinds());
        all.add(Pipeline.INTERNAL);
        Map<String, FindingKind> byId = new LinkedHashMap<>();
        for (FindingKind k : all) {
            if (byId.put(k.id(), k) != null) throw new IllegalStateException("finding id declared twice: " + k.id());
        }
        return byId;
    }

    public static List<FindingKind> all() {
        return List.copyOf(BY_ID.values());
    }

    public static Optional<FindingKind> find(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** The Chinese name of a finding id ("差异复核"), or the id itself when it is unknown. */
    public static String name(String id) {
        return find(id).map(FindingKind::name).orElse(id == null ? "" : id);
    }

    /**
     * A configuration may set the severity of a rule that exists: a mistyped id would otherwise change nothing,
     * silently.
     */
    public static void check(EvaluationConfig config) {
        List<String> unknown = config.severities().keySet().stream().filter(id -> !BY_ID.containsKey(id)).toList();
        if (unknown.isEmpty()) return;
        throw new ConfigException("配置项 " + String.join("、", unknown.stream().map(id -> "severity." + id).toList())
                + " 中的规则编号不存在。可用的规则编号：" + String.join("、", AuditCatalogue.standard().kinds().stream()
                .map(k -> k.id() + "（" + k.name() + "）").toList()) + "，以及 " + String.join("、", ScoringMethods.kinds()
                .stream().map(FindingKind::id).toList()) + "。");
    }
}
