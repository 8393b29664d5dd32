package org.selfeval.model;

/**
 * One problem found in a submission, by the reader or by an audit or scoring rule.
 *
 * @param ruleId stable id of the rule, e.g. {@code R-DIFF} (reader problems use {@code READ-…})
 * @param severity 错误 / 警告 / 提示
 * @param source the cell (or sheet, or file) concerned
 * @param item what it concerns, by name: a table row, an indicator, "管理效率 小计"
 * @param expected the recomputed or required value, as shown to staff ("" when none)
 * @param found what the department typed ("" when none)
 * @param message a Chinese sentence saying what is wrong and what to fix
 */
public record Finding(
        String ruleId,
        Severity severity,
        CellRef source,
        String item,
        String expected,
        String found,
        String message) {

    public Finding {
        item = item == null ? "" : item;
        expected = expected == null ? "" : expected;
        found = found == null ? "" : found;
    }

    public boolean blocks() {
        return severity == Severity.ERROR;
    }
}
