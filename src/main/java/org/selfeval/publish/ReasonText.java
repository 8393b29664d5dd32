package org.selfeval.publish;

import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.ProjectOutcome;
import org.selfeval.pipeline.Status;

/**
 * The plain-text reason filed beside a failed submission: what happened and every finding, in
 * Chinese.
 */
public final class ReasonText {

    private ReasonText() {}

    public static String of(Outcome outcome, String processedAt) {
        StringBuilder b = new StringBuilder();
        b.append("提交：").append(outcome.origin().getFileName()).append('\n');
        if (!outcome.department().isEmpty())
            b.append("部门：").append(outcome.department()).append('\n');
        if (!outcome.year().isEmpty()) b.append("年度：").append(outcome.year()).append('\n');
        b.append("处理时间：").append(processedAt).append('\n');
        b.append("结果：").append(outcome.status().label()).append('\n');
        b.append('\n').append(headline(outcome)).append('\n');
        appendFindings(b, outcome.findings());
        return b.toString();
    }

    /**
     * A reason of {@link #of} that names no year, with {@code year} (the year being collected when
     * the file was received) in its 年度 line, before its 处理时间.
     */
    public static String withYear(String reason, String year) {
        int at = reason.indexOf("\n处理时间：");
        if (at < 0 || year.isBlank()) return reason;
        return reason.substring(0, at + 1) + "年度：" + year + reason.substring(at);
    }

    /**
     * The reason filed beside a submission of project tables alone that an 错误 blocked: its 结果 is
     * the blocked status's, so a rebuild takes it for a verdict.
     */
    public static String ofProjects(ProjectOutcome outcome, String processedAt) {
        StringBuilder b = new StringBuilder();
        b.append("提交：").append(outcome.origin().getFileName()).append('\n');
        outcome.projects().stream()
                .map(p -> p.department())
                .filter(d -> !d.isEmpty())
                .findFirst()
                .ifPresent(d -> b.append("部门：").append(d).append('\n'));
        b.append("处理时间：").append(processedAt).append('\n');
        b.append("结果：").append(Status.BLOCKED.label()).append('\n');
        b.append('\n')
                .append("项目支出绩效自评表中存在“错误”级别的问题，相关项目未生成自评表（")
                .append(outcome.blocked())
                .append(" / ")
                .append(outcome.projects().size())
                .append(" 个项目）。请按下列各项修改后将整个工作簿重新放入收件文件夹：\n");
        appendFindings(b, outcome.findings());
        return b.toString();
    }

    /**
     * Whether the project tables that came with a submission need the clerk's hand: an 错误 blocked a
     * project's table, or the reader's.
     */
    public static boolean projectsNeedFixing(ProjectOutcome projects) {
        return projects != null
                && (projects.blocked() > 0 || Severity.ERROR.countIn(projects.readFindings()) > 0);
    }

    /**
     * The reason filed beside an archived department workbook whose department report was published
     * but one of whose project tables an 错误 blocked: the same fields as a failed submission's (提交,
     * 部门, 年度, 处理时间, 结果), then the projects' findings, each at its sheet and cell.
     */
    public static String ofProjectsBeside(
            Outcome department, ProjectOutcome projects, String processedAt) {
        StringBuilder b = new StringBuilder();
        b.append("提交：").append(department.origin().getFileName()).append('\n');
        if (!department.department().isEmpty())
            b.append("部门：").append(department.department()).append('\n');
        if (!department.year().isEmpty()) b.append("年度：").append(department.year()).append('\n');
        b.append("处理时间：").append(processedAt).append('\n');
        b.append("结果：")
                .append(department.status().label())
                .append("；项目支出绩效自评表存在错误 ")
                .append(projects.blocked())
                .append(" 个，未生成其自评表\n");
        b.append('\n')
                .append("部门整体支出绩效自评报告已生成，原件已归档；但随附的项目支出绩效自评表中存在“错误”级别的问题，")
                .append(blockedNames(projects))
                .append("未生成自评表（")
                .append(projects.blocked())
                .append(" / ")
                .append(projects.projects().size())
                .append(" 个项目）。请按下列各项修改项目表后，将项目表（或整个工作簿）重新放入收件文件夹：\n");
        appendFindings(b, projects.findings());
        return b.toString();
    }

    /**
     * A failed submission's reason followed by the problems of the project tables that came with
     * it, when an 错误 blocked one of them (its findings, each at its sheet and cell).
     */
    public static String of(Outcome outcome, ProjectOutcome projects, String processedAt) {
        String reason = of(outcome, processedAt);
        if (!projectsNeedFixing(projects)) return reason;
        StringBuilder b = new StringBuilder(reason);
        b.append('\n')
                .append("随附的项目支出绩效自评表中也存在“错误”级别的问题，")
                .append(blockedNames(projects))
                .append("未生成自评表（")
                .append(projects.blocked())
                .append(" / ")
                .append(projects.projects().size())
                .append(" 个项目）：\n");
        appendFindings(b, projects.findings());
        return b.toString();
    }

    /** "“农村户厕改造”": the blocked projects' names, or "" when none is blocked (a reader's 错误). */
    private static String blockedNames(ProjectOutcome projects) {
        List<String> names =
                projects.projects().stream()
                        .filter(p -> p.blocked())
                        .map(p -> "“" + p.name() + "”")
                        .toList();
        return names.isEmpty() ? "" : "项目" + String.join("、", names);
    }

    private static String headline(Outcome outcome) {
        return switch (outcome.status()) {
            case BLOCKED -> "存在“错误”级别的问题，未生成报告。请按下列各项修改后重新放入收件文件夹：";
            case UNREADABLE -> "文件无法读取，未生成报告。请按下列各项处理后重新放入收件文件夹：";
            case INTERNAL_ERROR -> "程序内部错误，未生成报告。请将该提交发给运维人员：";
            case CONVERTED -> "报告已生成。以下问题供参考：";
        };
    }

    private static void appendFindings(StringBuilder b, List<Finding> findings) {
        if (findings.isEmpty()) {
            b.append("（无具体问题记录）\n");
            return;
        }
        int n = 0;
        for (Severity severity : Severity.values()) {
            for (Finding f : findings) {
                if (f.severity() != severity) continue;
                b.append(++n).append(". [").append(f.severity().label()).append("] ");
                String where = f.source() == null ? "" : f.source().toString();
                if (!where.isEmpty()) b.append(where).append("：");
                if (!f.item().isEmpty()) b.append(f.item()).append("：");
                b.append(f.message());
                if (!f.expected().isEmpty() || !f.found().isEmpty()) {
                    b.append("（应为 ")
                            .append(f.expected().isEmpty() ? "—" : f.expected())
                            .append("，填写为 ")
                            .append(f.found().isEmpty() ? "—" : f.found())
                            .append("）");
                }
                b.append('\n');
            }
        }
    }
}
