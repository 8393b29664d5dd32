package org.selfeval.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of the 校验报告's findings: causes before their consequences (a rescored indicator before
 * the subtotals it changes), then by sheet in the template's order, then by cell, row before
 * column, so a clerk works down the workbook and fixes a cause before reading what follows from it.
 * The 校验报告 lists findings in this order, and the record keeps a blocked submission's first error in
 * it (the 汇总's 备注 shows it), so both name the same one first.
 */
public final class FindingOrder {

    /**
     * Findings that follow from another one (a subtotal that changed because a score below it was
     * rescored).
     */
    private static final Set<String> CONSEQUENCES = Set.of("R-SUBTOTAL-RESCORED");

    private static final List<String> SHEETS =
            List.of(
                    WorkbookContract.SHEET_INFO,
                    WorkbookContract.SHEET_INCOME,
                    WorkbookContract.SHEET_EXPENDITURE,
                    WorkbookContract.SHEET_INDICATORS,
                    WorkbookContract.SHEET_PROJECTS,
                    WorkbookContract.SHEET_MANAGEMENT,
                    WorkbookContract.SHEET_FUNDS);
    private static final Pattern CELL = Pattern.compile("([A-Z]+)(\\d+)");

    public static final Comparator<Finding> ORDER =
            Comparator.<Finding>comparingInt(f -> CONSEQUENCES.contains(f.ruleId()) ? 1 : 0)
                    .thenComparing(f -> file(f.source()))
                    .thenComparingInt(f -> sheet(f.source()))
                    .thenComparingInt(f -> row(f.source()))
                    .thenComparingInt(f -> column(f.source()));

    private FindingOrder() {}

    public static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(ORDER).toList();
    }

    /** The first 错误 in this order, empty when there is none. */
    public static Optional<Finding> firstError(List<Finding> findings) {
        return findings.stream().filter(Finding::blocks).min(ORDER);
    }

    private static String file(CellRef ref) {
        return ref == null || ref.file() == null ? "" : ref.file();
    }

    /** A finding about a whole file comes first; a sheet the template does not know, last. */
    private static int sheet(CellRef ref) {
        if (ref == null || ref.sheet() == null) return -1;
        int i = SHEETS.indexOf(ref.sheet());
        return i < 0 ? SHEETS.size() : i;
    }

    private static int row(CellRef ref) {
        Matcher m = cell(ref);
        return m == null ? -1 : Integer.parseInt(m.group(2));
    }

    private static int column(CellRef ref) {
        Matcher m = cell(ref);
        if (m == null) return -1;
        int c = 0;
        for (char ch : m.group(1).toCharArray()) c = c * 26 + (ch - 'A' + 1);
        return c;
    }

    private static Matcher cell(CellRef ref) {
        if (ref == null || ref.cell() == null) return null;
        Matcher m = CELL.matcher(ref.cell());
        return m.lookingAt() ? m : null;
    }
}
