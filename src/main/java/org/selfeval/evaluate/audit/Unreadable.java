package org.selfeval.evaluate.audit;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.selfeval.model.CellRef;
import org.selfeval.model.Finding;
import org.selfeval.model.Num;
import org.selfeval.model.Severity;

/**
 * The values reading could not take in: cells whose number was refused (READ-NUMBER, an amount's
 * formula error) sheets whose table was not found, and required 基本信息 entries found blank. The
 * reader already says what to fix there; a rule whose check rests on such a value stays silent
 * rather than advise from a blank it mistook for 0.
 */
public record Unreadable(Set<CellRef> cells, Set<String> sheets, Set<String> requiredKeys) {

    public Unreadable {
        cells = Set.copyOf(cells);
        sheets = Set.copyOf(sheets);
        requiredKeys = Set.copyOf(requiredKeys);
    }

    public static Unreadable of(List<Finding> readFindings) {
        Set<CellRef> cells = new HashSet<>();
        Set<String> sheets = new HashSet<>();
        Set<String> requiredKeys = new HashSet<>();
        for (Finding f : readFindings) {
            if (f.severity() != Severity.ERROR || f.source() == null) continue;
            switch (f.ruleId()) {
                case "READ-NUMBER", "READ-FORMULA-ERROR" -> cells.add(f.source());
                case "READ-HEADER" -> {
                    if (f.source().sheet() != null) sheets.add(f.source().sheet());
                }
                case "READ-MISSING-SHEET" -> sheets.addAll(Arrays.asList(f.item().split("、")));
                case "READ-INFO-REQUIRED" -> requiredKeys.add(f.item());
                default -> {}
            }
        }
        return new Unreadable(cells, sheets, requiredKeys);
    }

    /** True when any of the values was typed but could not be read. */
    boolean any(Num... values) {
        for (Num n : values) {
            if (n != null && !n.present() && n.source() != null && cells.contains(n.source()))
                return true;
        }
        return false;
    }

    /** True when reading already named this required 基本信息 entry as missing, at its cell. */
    boolean requiredReported(String key) {
        return requiredKeys.contains(key);
    }

    boolean sheet(String name) {
        return sheets.contains(name);
    }
}
