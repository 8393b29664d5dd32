package org.selfeval.batch;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Outcome;

/** The one console line per submission: {@code [3/120] 部门 2023 94.98 优 报告已生成}. */
public final class ProgressLine {

    private ProgressLine() {}

    public static String of(int index, int count, Outcome o) {
        String head = "[" + index + "/" + count + "] " + who(o.origin(), o.department(), o.year());
        long errors = Severity.ERROR.countIn(o.findings());
        long warnings = Severity.WARNING.countIn(o.findings());
        return switch (o.status()) {
            case CONVERTED ->
                    head
                            + score(o)
                            + " "
                            + o.status().label()
                            + (warnings > 0 ? "（" + warnings + " 项警告）" : "");
            case BLOCKED, UNREADABLE -> head + " " + o.status().label() + "（" + errors + " 项错误）";
            case INTERNAL_ERROR -> head + " " + o.status().label() + "，未生成报告，详情见日志";
        };
    }

    /** A line for a submission that was not converted again. */
    public static String duplicate(
            int index, int count, Path origin, String department, String year, String what) {
        return "[" + index + "/" + count + "] " + who(origin, department, year) + " " + what;
    }

    /** A project's line under its submission's: {@code 部门 2023 项目 99.85 优 自评表已生成}. */
    public static String project(
            org.selfeval.project.ProjectEvaluation p, List<Finding> readFindings) {
        String who =
                String.join(" ", p.department(), p.year(), p.name())
                        .strip()
                        .replaceAll("\\s+", " ");
        // counted as its 校验报告 and the record count them: the reader's findings about its sheet too
        var listed = p.listedWith(readFindings);
        long errors = Severity.ERROR.countIn(listed), warnings = Severity.WARNING.countIn(listed);
        if (p.blocked()) return who + " 存在错误，未生成自评表（" + errors + " 项错误）";
        return who
                + " "
                + Formats.plain(p.total())
                + " "
                + p.grade()
                + " 自评表已生成"
                + (warnings > 0 ? "（" + warnings + " 项警告）" : "");
    }

    private static String who(Path origin, String department, String year) {
        String name =
                department == null || department.isBlank()
                        ? String.valueOf(origin.getFileName())
                        : department;
        return year == null || year.isBlank() ? name : name + " " + year;
    }

    private static String score(Outcome o) {
        if (o.evaluation() == null
                || o.evaluation().scores() == null
                || o.evaluation().scores().total() == null) {
            return "";
        }
        return " "
                + Formats.plain(o.evaluation().scores().total())
                + " "
                + o.evaluation().scores().grade();
    }
}
