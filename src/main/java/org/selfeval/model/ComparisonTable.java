package org.selfeval.model;

import java.util.List;
import java.util.Set;

/**
 * 收入决算 or 支出决算: the 合计 row and the detail rows, in sheet order. {@code total} is null when the
 * sheet has no 合计 row.
 *
 * @param formulas the 差异 / 差异率 cells that hold a formula (the template's yellow columns) rather
 *     than a typed value
 */
public record ComparisonTable(
        String sheet, ComparisonRow total, List<ComparisonRow> details, Set<CellRef> formulas) {

    public ComparisonTable {
        details = List.copyOf(details);
        formulas = Set.copyOf(formulas);
    }

    /** A table whose derived columns were all typed. */
    public ComparisonTable(String sheet, ComparisonRow total, List<ComparisonRow> details) {
        this(sheet, total, details, Set.of());
    }

    /**
     * True when the cell a value was read from holds a formula: it follows the amounts by itself.
     */
    public boolean formula(Num value) {
        return value != null && value.source() != null && formulas.contains(value.source());
    }
}
