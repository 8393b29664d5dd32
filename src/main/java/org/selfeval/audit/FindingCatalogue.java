package org.selfeval.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.ingest.ReadFindings;
import org.selfeval.model.FindingKind;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.scoring.ScoringMethods;

/**
 * Every kind of finding a submission can get, gathered from where each is declared: reading (READ-…), the audit
 * rules of {@link AuditCatalogue}, scoring (S-…) and the pipeline (INTERNAL). The names shown to people derive
 * from here; the configuration loader knows the rules by the built-in severity lines, which a test keeps in step.
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
}
