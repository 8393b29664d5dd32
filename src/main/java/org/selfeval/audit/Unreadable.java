package org.selfeval.audit;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.selfeval.model.CellRef;
import org.selfeval.model.Finding;
import org.selfeval.model.Num;
import org.selfeval.model.Severity;

/**
 * The values reading could not take in: cells whose number was refused (READ-NUMBER, an amount's formula error)
 * and sheets whose table was not found. The reader already says what to fix there; a rule whose check rests on
 * such a value stays silent rather than advise from a blank it mistook for 0.
 */
record Unreadable(Set<CellRef> cells, Set<String> sheets) {

    static final Unreadable NONE = new Unreadable(Set.of(), Set.of());

    Unreadable {
        cells = Set.copyOf(cells);
        sheets = Set.copyOf(sheets);
    }

    static Unreadable of(List<Finding> readFindings) {
        Set<CellRef> cells = new HashSet<>();
        Set<String> sheets = new HashSet<>();
        for (Finding f : readFindings) {
            if (f.severity() != Severity.ERROR || f.source() == null) continue;
            switch (f.ruleId()) {
                case "READ-NUMBER", "READ-FORMULA-ERROR" -> cells.add(f.source());
                case "READ-HEADER" -> {
                    if (f.source().sheet() != null) sheets.add(f.source().sheet());
                }
                case "READ-MISSING-SHEET" -> sheets.addAll(Arrays.asList(f.item().split("、")));
                default -> { }
            }
        }
        return new Unreadable(cells, sheets);
    }

    /** True when any of the values was typed but could not be read. */
    boolean any(Num... values) {
        for (Num n : values) {
            if (n != null && !n.present() && n.source() != null && cells.contains(n.source())) return true;
        }
        return false;
    }

    boolean sheet(String name) {
        return sheets.contains(name);
    }
}
