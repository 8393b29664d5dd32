package org.selfeval.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.CellRef;
import org.selfeval.model.ComparisonRow;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.WorkbookContract;

/**
 * 收入决算 / 支出决算 → {@link ComparisonTable}: the first row whose 项目 is 合计 (also 收入合计, 本年支出合计 …) is the
 * total, the other rows are details in sheet order. Year columns ("2023年决算(万元)") stand for 本年/上年.
 */
final class ComparisonSheetReader {

    private static final List<String> H = WorkbookContract.COMPARISON_HEADERS;
    private static final Set<String> REQUIRED = Set.of(H.get(0), H.get(1), H.get(2));

    private final FindingSink sink;

    ComparisonSheetReader(FindingSink sink) {
        this.sink = sink;
    }

    Optional<ComparisonTable> read(SheetGrid grid, String sheet) {
        Set<CellRef> formulas = new HashSet<>();
        return TotalAndDetails.read(
                        grid,
                        sink,
                        H,
                        REQUIRED,
                        ComparisonSheetReader::isTotal,
                        (cells, r, col, item, name) -> {
                            for (String derived : List.of(H.get(3), H.get(4))) {
                                CellRef f = cells.formula(r, col.get(derived));
                                if (f != null) formulas.add(f);
                            }
                            return new ComparisonRow(
                                    item,
                                    cells.number(
                                            r,
                                            col.get(H.get(1)),
                                            CellReader.Kind.AMOUNT,
                                            name + " 本年决算"),
                                    cells.number(
                                            r,
                                            col.get(H.get(2)),
                                            CellReader.Kind.AMOUNT,
                                            name + " 上年决算"),
                                    cells.number(
                                            r,
                                            col.get(H.get(3)),
                                            CellReader.Kind.DERIVED_AMOUNT,
                                            name + " 差异"),
                                    cells.number(
                                            r,
                                            col.get(H.get(4)),
                                            CellReader.Kind.DERIVED_RATE,
                                            name + " 差异率"),
                                    cells.text(r, col.get(H.get(5)), name + " 差异说明"));
                        })
                .map(t -> new ComparisonTable(sheet, t.total(), t.details(), formulas));
    }

    static boolean isTotal(String item) {
        String n = HeaderText.normalize(item);
        return n.matches("(本年)?(收入|支出)?(总计|合计)");
    }
}
