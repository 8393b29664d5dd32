package org.selfeval.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.ingest.grid.RawCell;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.CellRef;
import org.selfeval.model.Num;
import org.selfeval.model.ProjectContract;
import org.selfeval.model.ProjectFundRow;
import org.selfeval.model.ProjectIndicator;
import org.selfeval.model.ProjectSheet;
import org.selfeval.model.Text;

/**
 * One sheet in the 项目支出绩效自评表 layout → {@link ProjectSheet}. Driven by labels, not addresses: the
 * heading keys (项目名称 …, value in the next cell to the right), the 项目资金 header (the framework's
 * 预算/执行 labels) with its 总额行 and 明细行 found by name, 预期目标/实际完成情况 with the texts below, and the
 * indicator header down to the 总分 row. A title above, merged cells and extra columns do not matter.
 * Every value keeps its cell.
 */
final class ProjectTableReader {

    private static final String KEY_NAME = ProjectContract.KEY_NAME;
    private static final String KEY_DEPARTMENT = ProjectContract.KEY_DEPARTMENT;
    private static final String KEY_UNIT = ProjectContract.KEY_UNIT;
    private static final String KEY_YEAR = ProjectContract.KEY_YEAR;
    private static final String KEY_FRAMEWORK = ProjectContract.KEY_FRAMEWORK;
    private static final List<String> KEYS = ProjectContract.KEYS;
    private static final String PLANNED = ProjectContract.PLANNED;
    private static final String ACHIEVED = ProjectContract.ACHIEVED;

    /** How far down the heading and the tables may start. */
    private static final int SEARCH_ROWS = 60;

    private static final int WIDTH = 30;

    private final FindingSink sink;

    ProjectTableReader(FindingSink sink) {
        this.sink = sink;
    }

    /**
     * True when the sheet's first rows hold the 项目名称 key: it is a project table, whatever its name.
     */
    static boolean looksLikeProject(SheetGrid grid) {
        for (int r = 0; r <= Math.min(grid.lastRow(), 8); r++) {
            for (int c = 0; c < 6; c++) {
                if (HeaderText.normalize(grid.cell(r, c).text()).equals(KEY_NAME)) return true;
            }
        }
        return false;
    }

    /**
     * @param frameworkFor the framework to read with, given what the sheet's 指标体系 cell says (""
     *     when blank)
     */
    ProjectSheet read(SheetGrid grid, Function<String, ProjectFramework> frameworkFor) {
        CellReader cells = new CellReader(grid, sink);
        Map<String, Text> heading = heading(grid, cells);
        Text frameworkName = heading.getOrDefault(KEY_FRAMEWORK, blank(grid));
        ProjectFramework f = frameworkFor.apply(frameworkName.value());
        if (!frameworkName.isBlank() && !f.isNamed(frameworkName.value()))
            unknownFramework(frameworkName, f);
        List<ProjectFundRow> funds = funds(grid, cells, f);
        Text[] goals = goals(grid, cells);
        List<ProjectIndicator> indicators = new ArrayList<>();
        Num[] total = indicators(grid, cells, f, indicators);
        return new ProjectSheet(
                grid.file(),
                grid.sheet(),
                heading.getOrDefault(KEY_NAME, blank(grid)),
                heading.getOrDefault(KEY_DEPARTMENT, blank(grid)),
                heading.getOrDefault(KEY_UNIT, blank(grid)),
                heading.getOrDefault(KEY_YEAR, blank(grid)),
                frameworkName,
                funds,
                goals[0],
                goals[1],
                indicators,
                total[0],
                total[1]);
    }

    /** The sheet names a framework the program does not know: it is read with the one in effect. */
    private void unknownFramework(Text named, ProjectFramework used) {
        CellRef cell = named.source();
        sink.warning(
                "READ-PROJECT-FRAMEWORK",
                cell,
                ProjectContract.KEY_FRAMEWORK,
                used.name(),
                named.value(),
                cell.file()
                        + " 工作表“"
                        + cell.sheet()
                        + "”"
                        + cell.cell()
                        + " 的指标体系“"
                        + named.value()
                        + "”不是已知的项目支出绩效自评框架，本表按“"
                        + used.label()
                        + "”读取和评分。请在该单元格填写本局下发的框架名称（如 "
                        + used.name()
                        + "），或转换时用 --framework 指定该框架的工作簿。");
    }

    private static Text blank(SheetGrid grid) {
        return Text.blank(new CellRef(grid.file(), grid.sheet(), null));
    }

    private Map<String, Text> heading(SheetGrid grid, CellReader cells) {
        Map<String, Text> values = new LinkedHashMap<>();
        for (int r = 0; r <= Math.min(grid.lastRow(), 10); r++) {
            for (int c = 0; c < WIDTH; c++) {
                String key = HeaderText.normalize(genuine(grid, r, c));
                if (!KEYS.contains(key) || values.containsKey(key)) continue;
                int v = c + 1;
                while (v < WIDTH && genuine(grid, r, v).isBlank()) v++;
                boolean found =
                        v < WIDTH && !KEYS.contains(HeaderText.normalize(genuine(grid, r, v)));
                // a blank value is kept at the cell just right of its key, where staff are told to
                // type it
                values.put(
                        key,
                        found
                                ? cells.text(r, v, key)
                                : Text.blank(
                                        new CellRef(
                                                grid.file(),
                                                grid.sheet(),
                                                SheetGrid.address(r, c + 1))));
            }
        }
        return values;
    }

    /**
     * The cell's text where the cell holds it, "" inside a merged region (the region's first cell
     * holds it).
     */
    private static String genuine(SheetGrid grid, int r, int c) {
        RawCell cell = grid.cell(r, c);
        return cell.address().equals(SheetGrid.address(r, c)) ? cell.text() : "";
    }

    private List<ProjectFundRow> funds(SheetGrid grid, CellReader cells, ProjectFramework f) {
        Optional<Map<Role, Integer>> header =
                header(
                        grid,
                        f,
                        List.of(
                                Role.INITIAL,
                                Role.BUDGET,
                                Role.EXECUTED,
                                Role.FUNDS_WEIGHT,
                                Role.RATE,
                                Role.FUNDS_SCORE),
                        Role.BUDGET,
                        Role.EXECUTED);
        List<ProjectFundRow> rows = new ArrayList<>();
        if (header.isEmpty()) return rows;
        Map<Role, Integer> col = header.get();
        int headerRow = col.get(null);
        int firstNumber =
                col.entrySet().stream()
                        .filter(e -> e.getKey() != null)
                        .mapToInt(Map.Entry::getValue)
                        .min()
                        .orElse(1);
        String totalLabel = f.required(Role.TOTAL_ROW);
        for (int r = headerRow + 1; r <= Math.min(grid.lastRow(), headerRow + 12); r++) {
            int labelColumn = -1;
            boolean total = false;
            for (int c = 0; c < firstNumber; c++) {
                String t = fundKey(genuine(grid, r, c));
                if (t.isEmpty()) continue;
                if (t.equals(fundKey(totalLabel))) total = true;
                else if (f.detailRows().stream().noneMatch(d -> fundKey(d).equals(t))) continue;
                labelColumn = c;
            }
            if (labelColumn < 0) continue;
            Text item = cells.text(r, labelColumn, "项目资金");
            String name = item.value();
            rows.add(
                    new ProjectFundRow(
                            item,
                            total,
                            number(cells, r, col, Role.INITIAL, f, name),
                            number(cells, r, col, Role.BUDGET, f, name),
                            number(cells, r, col, Role.EXECUTED, f, name),
                            number(cells, r, col, Role.FUNDS_WEIGHT, f, name),
                            number(cells, r, col, Role.RATE, f, name),
                            number(cells, r, col, Role.FUNDS_SCORE, f, name)));
        }
        return rows;
    }

    /** A fund row's name without 其中、punctuation or spaces: "其中：本年财政拨款" and "本年财政拨款" are one row. */
    private static String fundKey(String text) {
        return HeaderText.normalize(text).replaceFirst("^其中[:：]?", "");
    }

    private Text[] goals(SheetGrid grid, CellReader cells) {
        for (int r = 0; r <= Math.min(grid.lastRow(), SEARCH_ROWS); r++) {
            int planned = -1, achieved = -1;
            for (int c = 0; c < WIDTH; c++) {
                String t = HeaderText.normalize(genuine(grid, r, c));
                if (t.equals(PLANNED)) planned = c;
                if (t.equals(ACHIEVED)) achieved = c;
            }
            if (planned >= 0 && achieved >= 0) {
                return new Text[] {
                    cells.text(r + 1, planned, PLANNED), cells.text(r + 1, achieved, ACHIEVED)
                };
            }
        }
        Text none = blank(grid);
        return new Text[] {none, none};
    }

    /** Reads the indicator rows into {@code out}; returns the 总分 row's 分值 and 得分. */
    private Num[] indicators(
            SheetGrid grid, CellReader cells, ProjectFramework f, List<ProjectIndicator> out) {
        List<Role> roles =
                List.of(
                        Role.LEVEL1,
                        Role.LEVEL2,
                        Role.LEVEL3,
                        Role.NATURE,
                        Role.TARGET,
                        Role.UNIT,
                        Role.ACTUAL,
                        Role.WEIGHT,
                        Role.SCORE,
                        Role.DEVIATION);
        Optional<Map<Role, Integer>> header = header(grid, f, roles, Role.LEVEL1, Role.LEVEL3);
        Num none = Num.blank(new CellRef(grid.file(), grid.sheet(), null));
        if (header.isEmpty()) return new Num[] {none, none};
        Map<Role, Integer> col = header.get();
        String totalLabel = HeaderText.normalize(f.required(Role.TOTAL_SCORE));
        Text last1 = null, last2 = null;
        for (int r = col.get(null) + 1;
                r <= Math.min(grid.lastRow(), col.get(null) + ReadLimits.MAX_TABLE_ROWS);
                r++) {
            boolean totalRow = false;
            for (int c = 0; c < WIDTH && !totalRow; c++)
                totalRow = HeaderText.normalize(genuine(grid, r, c)).equals(totalLabel);
            if (totalRow) {
                return new Num[] {
                    number(cells, r, col, Role.WEIGHT, f, "总分"),
                    number(cells, r, col, Role.SCORE, f, "总分")
                };
            }
            Text level3 = cells.text(r, col.get(Role.LEVEL3), f.required(Role.LEVEL3));
            Text target = cells.text(r, col.get(Role.TARGET), f.required(Role.TARGET));
            RawCell weightCell = cells.raw(r, col.get(Role.WEIGHT));
            Text level1 = cells.text(r, col.get(Role.LEVEL1), f.required(Role.LEVEL1));
            Text level2 = cells.text(r, col.get(Role.LEVEL2), f.required(Role.LEVEL2));
            if (!level1.isBlank()) {
                if (last1 == null || !last1.value().equals(level1.value())) last2 = null;
                last1 = level1;
            } else if (last1 != null) {
                level1 = last1;
            }
            if (!level2.isBlank()) last2 = level2;
            else if (last2 != null) level2 = last2;
            // rows the template leaves for indicators staff did not need: only the 一级/二级 are there
            if (level3.isBlank() && target.isBlank() && weightCell.isBlank()) continue;
            String name = level3.isBlank() ? "第" + (r + 1) + "行" : level3.value();
            out.add(
                    new ProjectIndicator(
                            level1,
                            level2,
                            level3,
                            optional(cells, r, col, Role.NATURE, f, name),
                            target,
                            optional(cells, r, col, Role.UNIT, f, name),
                            cells.text(
                                    r, col.get(Role.ACTUAL), name + " " + f.required(Role.ACTUAL)),
                            number(cells, r, col, Role.WEIGHT, f, name),
                            number(cells, r, col, Role.SCORE, f, name),
                            cells.text(
                                    r,
                                    col.get(Role.DEVIATION),
                                    name + " " + f.required(Role.DEVIATION)),
                            new CellRef(
                                    grid.file(),
                                    grid.sheet(),
                                    SheetGrid.address(r, col.get(Role.LEVEL1)))));
        }
        return new Num[] {none, none};
    }

    private static Text optional(
            CellReader cells,
            int r,
            Map<Role, Integer> col,
            Role role,
            ProjectFramework f,
            String name) {
        if (!col.containsKey(role))
            return Text.blank(new CellRef(cells.grid().file(), cells.grid().sheet(), null));
        return cells.text(r, col.get(role), name + " " + f.label(role).orElse(role.word()));
    }

    /**
     * The number in the role's column of row {@code r}; a rate is derived, the rest are amounts.
     */
    private static Num number(
            CellReader cells,
            int r,
            Map<Role, Integer> col,
            Role role,
            ProjectFramework f,
            String name) {
        CellReader.Kind kind =
                role == Role.RATE ? CellReader.Kind.DERIVED_RATE : CellReader.Kind.AMOUNT;
        return cells.number(r, col.get(role), kind, name + " " + f.required(role));
    }

    /**
     * The header of one of the sheet's two tables (项目资金 or 绩效指标): the first row holding the labels
     * of both {@code a} and {@code b}, each role's column, and the row itself under the key null.
     * Empty, after one finding that says what to fix, when there is no such row or it lacks a
     * column every project table has.
     */
    private Optional<Map<Role, Integer>> header(
            SheetGrid grid, ProjectFramework f, List<Role> roles, Role a, Role b) {
        String table = a.part().word();
        Map<String, Role> byLabel = new HashMap<>();
        for (Role role : roles)
            f.label(role).ifPresent(l -> byLabel.putIfAbsent(HeaderText.normalize(l), role));
        for (int r = 0; r <= Math.min(grid.lastRow(), SEARCH_ROWS); r++) {
            Map<Role, Integer> columns = new HashMap<>();
            for (int c = 0; c < WIDTH; c++) {
                Role role = byLabel.get(HeaderText.normalize(genuine(grid, r, c)));
                if (role != null) columns.putIfAbsent(role, c);
            }
            if (!columns.containsKey(a) || !columns.containsKey(b)) continue;
            List<String> missing =
                    roles.stream()
                            .filter(role -> role.required() && !columns.containsKey(role))
                            .map(f::required)
                            .toList();
            if (!missing.isEmpty()) {
                sink.error(
                        "READ-HEADER",
                        new CellRef(grid.file(), grid.sheet(), SheetGrid.address(r, 0)),
                        table,
                        String.join("、", missing),
                        "",
                        "工作表“"
                                + grid.sheet()
                                + "”第 "
                                + (r + 1)
                                + " 行的"
                                + table
                                + "表头缺少“"
                                + String.join("”“", missing)
                                + "”列。请按项目支出绩效自评模板补上该列。");
                return Optional.empty();
            }
            columns.put(null, r);
            return Optional.of(columns);
        }
        sink.error(
                "READ-HEADER",
                new CellRef(grid.file(), grid.sheet(), null),
                table,
                f.required(a),
                "",
                "工作表“"
                        + grid.sheet()
                        + "”中找不到"
                        + table
                        + "的表头（应有“"
                        + f.required(a)
                        + "”“"
                        + f.required(b)
                        + "”等列）。请使用项目支出绩效自评模板，不要删除或改名表头。");
        return Optional.empty();
    }
}
