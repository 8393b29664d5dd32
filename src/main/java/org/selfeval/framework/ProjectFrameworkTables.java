package org.selfeval.framework;

import static org.selfeval.framework.ProjectFrameworkLayout.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ProjectFramework} as the sheets of its workbook: what export writes and the reader reads
 * back.
 */
final class ProjectFrameworkTables {

    private ProjectFrameworkTables() {}

    static Map<String, Table> of(ProjectFramework f) {
        Map<String, Table> sheets = new LinkedHashMap<>();
        sheets.put(
                FrameworkLayout.INFO,
                FrameworkTables.table(
                        FrameworkLayout.INFO,
                        FrameworkLayout.INFO_HEADER,
                        List.of(
                                List.of(FrameworkLayout.NAME, f.name()),
                                List.of(FrameworkLayout.TITLE, f.title()),
                                List.of(FrameworkLayout.YEAR, f.year()),
                                List.of(KIND, PROJECT_KIND),
                                List.of(FUNDS_WEIGHT, FrameworkReader.plain(f.fundsWeight())))));
        sheets.put(
                TABLE,
                FrameworkTables.table(
                        TABLE,
                        TABLE_HEADER,
                        f.columns().stream()
                                .map(c -> List.of(c.part().word(), c.role().word(), c.label()))
                                .toList()));
        List<List<String>> tree = new ArrayList<>();
        for (ProjectLevel1 l1 : f.tree()) {
            tree.add(List.of(l1.name(), "", FrameworkReader.plain(l1.weight())));
            l1.level2().forEach(n -> tree.add(List.of(l1.name(), n, "")));
        }
        sheets.put(TREE, FrameworkTables.table(TREE, TREE_HEADER, tree));
        sheets.put(
                FrameworkLayout.GRADES,
                FrameworkTables.table(
                        FrameworkLayout.GRADES,
                        FrameworkLayout.GRADES_HEADER,
                        f.grades().stream()
                                .map(g -> List.of(g.name(), FrameworkReader.plain(g.minimum())))
                                .toList()));
        sheets.put(
                RULES,
                FrameworkTables.table(
                        RULES,
                        RULES_HEADER,
                        f.rules().stream()
                                .map(
                                        r ->
                                                List.of(
                                                        r.name(),
                                                        r.appliesTo().word(),
                                                        r.condition(),
                                                        r.effect().word()
                                                                + FrameworkReader.plain(r.points())
                                                                + "分",
                                                        r.message()))
                                .toList()));
        return sheets;
    }
}
