package org.selfeval.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.evaluate.audit.AuditCatalogue;
import org.selfeval.evaluate.scoring.ScoringMethods;
import org.selfeval.model.FindingKind;
import org.selfeval.model.FindingKinds;

/**
 * Every kind of finding evaluation may report, gathered from where each is declared: the audit
 * rules of {@link AuditCatalogue}, the framework check of {@link Evaluator} and scoring (S-…).
 * These are the kinds a configuration may give another severity. The reader's (READ-…) and the
 * pipeline's (INTERNAL) are declared with their stages; the wiring puts all of them together for
 * the names people read.
 */
public final class FindingCatalogue {

    private static final List<FindingKind> KINDS = build();
    private static final FindingKinds BY_ID = FindingKinds.of(KINDS);

    private FindingCatalogue() {}

    private static List<FindingKind> build() {
        List<FindingKind> all = new ArrayList<>(AuditCatalogue.standard().kinds());
        all.add(Evaluator.UNKNOWN_FRAMEWORK);
        all.addAll(ScoringMethods.kinds());
        return List.copyOf(all);
    }

    /**
     * The kinds of evaluation's findings, in catalogue order: the audit rules', R-FRAMEWORK,
     * scoring's.
     */
    public static List<FindingKind> kinds() {
        return KINDS;
    }

    /**
     * The Chinese name of an evaluation finding id ("差异复核"), or the id itself when it is not one of
     * these.
     */
    public static String name(String id) {
        return BY_ID.name(id);
    }
}
