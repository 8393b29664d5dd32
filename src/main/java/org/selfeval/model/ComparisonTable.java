package org.selfeval.model;

import java.util.List;

/** 收入决算 or 支出决算: the 合计 row and the detail rows, in sheet order. {@code total} is null when the sheet has no 合计 row. */
public record ComparisonTable(String sheet, ComparisonRow total, List<ComparisonRow> details) {

    public ComparisonTable {
        details = List.copyOf(details);
    }
}
