package org.selfeval.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.CellRef;

/**
 * Finds a table by its header labels in the first rows of a sheet: the row matching the most labels
 * wins, so a title row above, extra columns and reordered columns do not matter. Missing labels
 * become findings naming the sheet, the missing header and the headers that were found.
 */
final class TableLocator {

    static final String CURRENT_YEAR = "本年决算";
    static final String PREVIOUS_YEAR = "上年决算";

    /** "2023年决算", "2023年度决算数": a year column the reference prints instead of 本年/上年. */
    private static final Pattern YEAR_COLUMN = Pattern.compile("(\\d{4})年度?决算数?");

    private final FindingSink sink;

    TableLocator(FindingSink sink) {
        this.sink = sink;
    }

    /**
     * @param labels the contract's header labels
     * @param required labels whose absence is an 错误 (others: 警告)
     * @return the header, or empty when no row has at least two labels (a finding is then recorded)
     */
    Optional<TableHeader> locate(SheetGrid grid, List<String> labels, Set<String> required) {
        int lastSearched = Math.min(grid.lastRow(), ReadLimits.HEADER_SEARCH_ROWS - 1);
        TableHeader best = null;
        List<String> normalizedLabels = labels.stream().map(HeaderText::normalize).toList();
        for (int r = 0; r <= lastSearched; r++) {
            TableHeader candidate = match(grid, r, labels, normalizedLabels);
            if (best == null || candidate.columns().size() > best.columns().size())
                best = candidate;
        }
        int needed = Math.min(2, labels.size());
        CellRef sheetRef = new CellRef(grid.file(), grid.sheet(), null);
        if (best == null || best.columns().size() < needed) {
            sink.error(
                    "READ-HEADER",
                    sheetRef,
                    grid.sheet(),
                    String.join("、", labels),
                    firstTexts(grid),
                    "工作表“"
                            + grid.sheet()
                            + "”前 "
                            + ReadLimits.HEADER_SEARCH_ROWS
                            + " 行中找不到表头（应有："
                            + String.join("、", labels)
                            + "）。请使用模板的表头行，不要删除或改名。");
            return Optional.empty();
        }
        List<String> found = headerTexts(grid, best.row());
        for (String label : labels) {
            if (best.columns().containsKey(label)) continue;
            boolean isRequired = required.contains(label);
            String message =
                    "工作表“"
                            + grid.sheet()
                            + "”第 "
                            + (best.row() + 1)
                            + " 行的表头缺少“"
                            + label
                            + "”列（找到的表头："
                            + String.join("、", found)
                            + "）。请按模板补上该列"
                            + (isRequired ? "。" : "；缺少时该列按空白处理。");
            CellRef at = new CellRef(grid.file(), grid.sheet(), SheetGrid.address(best.row(), 0));
            if (isRequired)
                sink.error("READ-HEADER", at, label, label, String.join("、", found), message);
            else sink.warning("READ-HEADER", at, label, label, String.join("、", found), message);
        }
        return Optional.of(best);
    }

    private static TableHeader match(
            SheetGrid grid, int row, List<String> labels, List<String> normalizedLabels) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        TreeMap<Integer, Integer> years = new TreeMap<>();
        for (int c = 0; c < ReadLimits.MAX_COLUMNS; c++) {
            String h = HeaderText.normalize(grid.cell(row, c).text());
            if (h.isEmpty()) continue;
            for (int i = 0; i < labels.size(); i++) {
                String label = labels.get(i);
                String l = normalizedLabels.get(i);
                if ((h.equals(l) || h.equals(l + "数")) && !columns.containsKey(label)) {
                    columns.put(label, c);
                    break;
                }
            }
            Matcher y = YEAR_COLUMN.matcher(h);
            if (y.matches()) years.putIfAbsent(Integer.parseInt(y.group(1)), c);
        }
        if (labels.contains(CURRENT_YEAR) && !years.isEmpty()) {
            // Two year columns: the later year is 本年, the earlier 上年.
            if (!columns.containsKey(CURRENT_YEAR))
                columns.put(CURRENT_YEAR, years.lastEntry().getValue());
            if (!columns.containsKey(PREVIOUS_YEAR) && years.size() > 1) {
                columns.put(PREVIOUS_YEAR, years.firstEntry().getValue());
            }
        }
        return new TableHeader(row, columns);
    }

    private static List<String> headerTexts(SheetGrid grid, int row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < ReadLimits.MAX_COLUMNS; c++) {
            String t = grid.cell(row, c).text().strip().replaceAll("\\s+", "");
            if (!t.isEmpty()) texts.add(t);
        }
        return texts;
    }

    /** What the top of the sheet holds, for a message when no header is found. */
    private static String firstTexts(SheetGrid grid) {
        for (int r = 0; r <= Math.min(grid.lastRow(), ReadLimits.HEADER_SEARCH_ROWS - 1); r++) {
            List<String> texts = headerTexts(grid, r);
            if (!texts.isEmpty()) return String.join("、", texts);
        }
        return "（空白）";
    }
}
