package org.selfeval.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.publish.RefusedFile;
import org.selfeval.summary.roster.RosterEntry;

/**
 * One line of the bureau's summary: a department, its state and its latest submission.
 *
 * @param roster the roster's line, null when the department is not on the roster (or no roster is
 *     used)
 * @param latest its latest submission of the year, null when it has not submitted
 * @param previous its result of the year before, null when there is none
 * @param refused the last file of the year it sent that was refused for its format or name, null
 *     when none
 */
public record DepartmentRow(
        String name,
        String year,
        RosterEntry roster,
        boolean rosterUsed,
        DepartmentStatus status,
        ManifestEntry latest,
        PreviousYear previous,
        RefusedFile refused) {

    public static final String NOT_ON_ROSTER = "不在名单中";

    /** Before the first error in 备注. */
    public static final String FIRST_ERROR = "首个错误：";

    /**
     * Figures stand only for a generated report: a blocked submission's scores were never
     * confirmed.
     */
    public boolean hasFigures() {
        return status == DepartmentStatus.CONVERTED && latest != null;
    }

    public BigDecimal total() {
        return hasFigures() ? latest.total() : null;
    }

    public String grade() {
        return hasFigures() ? latest.grade() : "";
    }

    /** This year's total minus last year's, when both exist. */
    public BigDecimal change() {
        BigDecimal total = total();
        return total == null || previous == null || previous.total() == null
                ? null
                : total.subtract(previous.total());
    }

    public boolean gradeDropped() {
        return previous != null && GradeOrder.dropped(previous.grade(), grade());
    }

    /**
     * The first 错误 of a latest submission that gave no report, as the 校验报告 lists it first ("" when
     * a report was generated, and for a verdict recorded before first errors were kept).
     */
    public String firstError() {
        boolean failed =
                status == DepartmentStatus.BLOCKED || status == DepartmentStatus.UNREADABLE;
        return failed && latest != null ? latest.firstError() : "";
    }

    public boolean onRoster() {
        return roster != null;
    }

    /**
     * What the bureau should notice beyond the status: the first error that blocked (or made
     * unreadable) its latest submission, not on the roster, a refused file, a grade lower than last
     * year.
     */
    public String remark() {
        List<String> notes = new ArrayList<>();
        String firstError = firstError();
        if (!firstError.isEmpty()) notes.add(FIRST_ERROR + firstError);
        if (rosterUsed && !onRoster()) notes.add(NOT_ON_ROSTER);
        if (refused != null) notes.add("未能处理 " + refused.file() + "（" + refused.result() + "）");
        if (gradeDropped()) notes.add("等级下降（" + previous.grade() + "→" + grade() + "）");
        return notes(notes);
    }

    /**
     * Notes joined by "；", a sentence's full stop dropped before it (a first error ends with one:
     * "…改为 10；不在名单中", not "…改为 10。；不在名单中").
     */
    static String notes(List<String> notes) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < notes.size(); i++) {
            String note = notes.get(i);
            if (i < notes.size() - 1 && note.endsWith("。"))
                note = note.substring(0, note.length() - 1);
            if (i > 0) joined.append('；');
            joined.append(note);
        }
        return joined.toString();
    }
}
