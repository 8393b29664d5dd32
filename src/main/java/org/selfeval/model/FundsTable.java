package org.selfeval.model;

import java.util.List;

/**
 * 项目资金: the 年度资金总额 row and its sub-rows (本年财政拨款, 上年结转资金, 其他资金), in sheet order. Only frameworks
 * whose budget-execution line is this table (caiyu-2020) have it; {@link #NONE} otherwise. {@code
 * total} is null when the sheet has no 年度资金总额 row.
 */
public record FundsTable(String sheet, FundsRow total, List<FundsRow> details) {

    public static final FundsTable NONE =
            new FundsTable(WorkbookContract.SHEET_FUNDS, null, List.of());

    public FundsTable {
        details = List.copyOf(details);
    }

    public boolean present() {
        return total != null || !details.isEmpty();
    }
}
