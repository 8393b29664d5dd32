package org.selfeval.framework;

import static org.selfeval.framework.FrameworkLayout.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Framework} as the sheets of its workbook: what export writes and what {@link
 * FrameworkReader} reads back.
 */
final class FrameworkTables {

    private FrameworkTables() {}

    static Map<String, Table> of(Framework f) {
        Map<String, Table> sheets = new LinkedHashMap<>();
        sheets.put(
                INFO,
                table(
                        INFO,
                        INFO_HEADER,
                        List.of(
                                List.of(NAME, f.name()),
                                List.of(TITLE, f.title()),
                                List.of(YEAR, f.year()),
                                List.of(FUNDS, f.fundsTable() ? YES : NO))));
        List<List<String>> tree = new ArrayList<>();
        for (Level1 l1 : f.tree()) {
            tree.add(List.of(l1.name(), "", "", text(l1.weight()), "", "", "", "", "", "", ""));
            for (Level2 l2 : l1.children()) {
                tree.add(
                        List.of(
                                l1.name(),
                                l2.name(),
                                "",
                                text(l2.weight()),
                                "",
                                "",
                                "",
                                "",
                                "",
                                l2.ownRows() == 0 ? "" : String.valueOf(l2.ownRows()),
                                String.join("、", l2.categories())));
                for (Leaf leaf : l2.leaves()) {
                    tree.add(
                            List.of(
                                    l1.name(),
                                    l2.name(),
                                    leaf.name(),
                                    text(leaf.weight()),
                                    leaf.nature(),
                                    leaf.method(),
                                    leaf.content(),
                                    leaf.target(),
                                    leaf.unit(),
                                    "",
                                    ""));
                }
            }
        }
        sheets.put(TREE, table(TREE, TREE_HEADER, tree));
        sheets.put(
                INPUTS,
                table(
                        INPUTS,
                        INPUTS_HEADER,
                        f.inputs().stream()
                                .map(
                                        i ->
                                                List.of(
                                                        i.method(),
                                                        i.role(),
                                                        i.item(),
                                                        i.unit(),
                                                        i.hint()))
                                .toList()));
        sheets.put(
                GRADES,
                table(
                        GRADES,
                        GRADES_HEADER,
                        f.grades().stream()
                                .map(g -> List.of(g.name(), text(g.minimum())))
                                .toList()));
        if (!f.settings().isEmpty()) {
            sheets.put(
                    RULES,
                    table(
                            RULES,
                            RULES_HEADER,
                            f.settings().stream()
                                    .map(s -> List.of(s.key(), s.value(), s.note()))
                                    .toList()));
        }
        return sheets;
    }

    /** Rows numbered as the workbook numbers them: the header on row 1, data from row 2. */
    static Table table(String sheet, List<String> header, List<List<String>> rows) {
        List<Table.Row> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) numbered.add(new Table.Row(i + 1, rows.get(i)));
        return new Table(sheet, header, numbered);
    }

    /** Columns whose cells are numbers in the workbook. */
    static boolean numeric(String header) {
        return WEIGHT.equals(header) || OWN_ROWS.equals(header) || MINIMUM.equals(header);
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : FrameworkReader.plain(v);
    }
}
