package org.selfeval.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.FundsRow;
import org.selfeval.model.FundsTable;
import org.selfeval.model.WorkbookContract;

/**
 * 项目资金 → {@link FundsTable}: the row whose 项目 is 年度资金总额 (also 合计) is the total, the others
 * (其中：本年财政拨款, 上年结转资金, 其他资金) its sub-rows in sheet order.
 */
final class FundsSheetReader {

    private static final List<String> H = WorkbookContract.FUNDS_HEADERS;
    private static final Set<String> REQUIRED = Set.of(H.get(0), H.get(2), H.get(3));

    private final FindingSink sink;

    FundsSheetReader(FindingSink sink) {
        this.sink = sink;
    }

    Optional<FundsTable> read(SheetGrid grid) {
        return TotalAndDetails.read(
                        grid,
                        sink,
                        H,
                        REQUIRED,
                        FundsSheetReader::isTotal,
                        (cells, r, col, item, name) ->
                                new FundsRow(
                                        item,
                                        cells.number(
                                                r,
                                                col.get(H.get(1)),
                                                CellReader.Kind.AMOUNT,
                                                name + " 年初预算数"),
                                        cells.number(
                                                r,
                                                col.get(H.get(2)),
                                                CellReader.Kind.AMOUNT,
                                                name + " 全年预算数"),
                                        cells.number(
                                                r,
                                                col.get(H.get(3)),
                                                CellReader.Kind.AMOUNT,
                                                name + " 全年执行数"),
                                        cells.number(
                                                r,
                                                col.get(H.get(4)),
                                                CellReader.Kind.DERIVED_RATE,
                                                name + " 执行率"),
                                        cells.text(r, col.get(H.get(5)), name + " 说明")))
                .map(t -> new FundsTable(WorkbookContract.SHEET_FUNDS, t.total(), t.details()));
    }

    static boolean isTotal(String item) {
        String n = HeaderText.normalize(item);
        return n.equals(HeaderText.normalize(WorkbookContract.FUNDS_TOTAL)) || n.matches("(总计|合计)");
    }
}
