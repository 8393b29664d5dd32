package org.selfeval.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.KeyProject;
import org.selfeval.model.Text;
import org.selfeval.model.WorkbookContract;

/**
 * 重点项目 → {@link KeyProject}s in sheet order. A 合计 row is not a project: it is skipped with a 提示.
 */
final class ProjectSheetReader {

    private static final List<String> H = WorkbookContract.PROJECT_HEADERS;
    private static final Set<String> REQUIRED = Set.of(H.get(1), H.get(3), H.get(4));

    private final FindingSink sink;

    ProjectSheetReader(FindingSink sink) {
        this.sink = sink;
    }

    Optional<List<KeyProject>> read(SheetGrid grid) {
        Optional<TableHeader> header = new TableLocator(sink).locate(grid, H, REQUIRED);
        if (header.isEmpty()) return Optional.empty();
        Map<String, Integer> col = header.get().columns();
        CellReader cells = new CellReader(grid, sink);
        List<KeyProject> projects = new ArrayList<>();
        for (int r : TableBody.rows(grid, header.get(), k -> false, sink)) {
            Text seq = cells.text(r, col.get(H.get(0)), H.get(0));
            Text name = cells.text(r, col.get(H.get(1)), H.get(1));
            if (ComparisonSheetReader.isTotal(name.value())
                    || ComparisonSheetReader.isTotal(seq.value())) {
                sink.info(
                        "READ-PROJECT-TOTAL",
                        (name.isBlank() ? seq : name).source(),
                        "合计",
                        (name.isBlank() ? seq : name).source().sheetCell() + " 是合计行，不作为项目读取。");
                continue;
            }
            String n = name.isBlank() ? "第" + (r + 1) + "行" : name.value();
            projects.add(
                    new KeyProject(
                            seq,
                            name,
                            cells.number(r, col.get(H.get(2)), CellReader.Kind.AMOUNT, n + " 年初预算"),
                            cells.number(
                                    r, col.get(H.get(3)), CellReader.Kind.AMOUNT, n + " 调整后预算"),
                            cells.number(r, col.get(H.get(4)), CellReader.Kind.AMOUNT, n + " 实际支出"),
                            cells.number(
                                    r,
                                    col.get(H.get(5)),
                                    CellReader.Kind.DERIVED_RATE,
                                    n + " 实际支出率"),
                            cells.text(r, col.get(H.get(6)), n + " 执行说明")));
        }
        return Optional.of(projects);
    }
}
