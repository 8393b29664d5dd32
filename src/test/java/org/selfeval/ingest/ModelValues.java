package org.selfeval.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.ComparisonRow;
import org.selfeval.model.ComparisonTable;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.KeyProject;
import org.selfeval.model.Num;
import org.selfeval.model.Submission;
import org.selfeval.model.Text;

/**
 * Test helper: a submission's values without their sources, to compare submissions read from
 * different files.
 */
final class ModelValues {

    private ModelValues() {}

    static List<String> of(Submission s) {
        List<String> out = new ArrayList<>();
        s.info().texts().forEach((k, v) -> out.add("info " + k + "=" + v.value()));
        s.info().numbers().forEach((k, v) -> out.add("info# " + k + "=" + n(v)));
        table(out, s.income());
        table(out, s.expenditure());
        for (IndicatorRow r : s.indicators()) {
            out.add(
                    "ind "
                            + r.kind()
                            + "|"
                            + t(r.level1())
                            + "|"
                            + t(r.level2())
                            + "|"
                            + t(r.level3())
                            + "|"
                            + t(r.content())
                            + "|"
                            + t(r.nature())
                            + "|"
                            + t(r.target())
                            + "|"
                            + t(r.unit())
                            + "|"
                            + t(r.actual())
                            + "|"
                            + n(r.weight())
                            + "|"
                            + t(r.method())
                            + "|"
                            + n(r.selfScore())
                            + "|"
                            + t(r.explanation()));
        }
        for (KeyProject p : s.keyProjects()) {
            out.add(
                    "proj "
                            + t(p.seq())
                            + "|"
                            + t(p.name())
                            + "|"
                            + n(p.initialBudget())
                            + "|"
                            + n(p.adjustedBudget())
                            + "|"
                            + n(p.actual())
                            + "|"
                            + n(p.rate())
                            + "|"
                            + t(p.explanation()));
        }
        s.management().values().forEach((k, v) -> out.add("mgmt " + k + "=" + n(v)));
        return out;
    }

    private static void table(List<String> out, ComparisonTable table) {
        out.add("table " + table.sheet());
        if (table.total() != null) out.add("total " + row(table.total()));
        for (ComparisonRow r : table.details()) out.add("row " + row(r));
    }

    private static String row(ComparisonRow r) {
        return t(r.item())
                + "|"
                + n(r.current())
                + "|"
                + n(r.previous())
                + "|"
                + n(r.difference())
                + "|"
                + n(r.rate())
                + "|"
                + t(r.explanation());
    }

    private static String t(Text t) {
        return t.value();
    }

    private static String n(Num n) {
        if (n == null || n.value() == null) return "∅";
        BigDecimal v = n.value().stripTrailingZeros();
        return v.toPlainString();
    }
}
