package org.selfeval.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of finding a pipeline may report, by id: what the documents and the validate command
 * show for a finding id (its Chinese name). Each stage declares its own kinds; the wiring gathers
 * them, so readers of findings depend on the model only. An id declared twice is a programming
 * error.
 */
public final class FindingKinds {

    private final Map<String, FindingKind> byId;

    private FindingKinds(Map<String, FindingKind> byId) {
        this.byId = byId;
    }

    /** The kinds of every list, in order. */
    @SafeVarargs
    public static FindingKinds of(List<FindingKind>... lists) {
        Map<String, FindingKind> byId = new LinkedHashMap<>();
        for (FindingKind k : Stream.of(lists).flatMap(List::stream).toList()) {
            if (byId.put(k.id(), k) != null)
                throw new IllegalStateException("finding id declared twice: " + k.id());
        }
        return new FindingKinds(java.util.Collections.unmodifiableMap(byId));
    }

    public List<FindingKind> all() {
        return List.copyOf(byId.values());
    }

    public Optional<FindingKind> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The Chinese name of a finding id ("差异复核"), or the id itself when it is unknown. */
    public String name(String id) {
        return find(id).map(FindingKind::name).orElse(id == null ? "" : id);
    }
}
