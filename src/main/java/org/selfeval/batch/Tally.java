package org.selfeval.batch;

/**
 * Counts of how submissions ended, the final console line, and how bad the worst of them was. Not
 * thread-safe.
 */
public final class Tally {

    private int converted;
    private int blocked;
    private int unreadable;
    private int internal;
    private int duplicates;
    private int duplicatesOfFailures;
    private int unsettled;
    private int timedOut;
    private int vanished;
    private int refused;
    private int projectsOnly;
    private int projectsOnlyBlocked;
    private int projects;
    private int projectsBlocked;

    /** Of the duplicates, those of a submission of project tables alone. */
    private int projectsOnlyDuplicates;

    /** The summary or the record's export could not be written this round. */
    private boolean summaryNotWritten;

    /** The round's summary (or the record's export) could not be written: an output fault. */
    public void summaryNotWritten() {
        summaryNotWritten = true;
    }

    public void add(Kind kind) {
        switch (kind) {
            case CONVERTED -> converted++;
            case BLOCKED -> blocked++;
            case UNREADABLE -> unreadable++;
            case INTERNAL_ERROR -> internal++;
            case DUPLICATE -> duplicates++;
            case DUPLICATE_OF_FAILURE -> duplicatesOfFailures++;
            case UNSETTLED -> unsettled++;
            case TIMED_OUT -> timedOut++;
            case VANISHED -> vanished++;
            case REFUSED -> refused++;
            case PROJECTS_ONLY -> projectsOnly++;
            case PROJECTS_ONLY_BLOCKED -> projectsOnlyBlocked++;
        }
    }

    /** The project tables one submission held: {@code blocked} of the {@code total} by an 错误. */
    public void addProjects(int total, int blocked) {
        projects += total;
        projectsBlocked += blocked;
    }

    /**
     * One of the duplicates counted was of a submission of project tables alone: the final line
     * words a run of such duplicates for projects.
     */
    public void projectsOnlyDuplicate() {
        projectsOnlyDuplicates++;
    }

    public int projects() {
        return projects;
    }

    public void addAll(Tally other) {
        converted += other.converted;
        blocked += other.blocked;
        unreadable += other.unreadable;
        internal += other.internal;
        duplicates += other.duplicates;
        duplicatesOfFailures += other.duplicatesOfFailures;
        unsettled += other.unsettled;
        timedOut += other.timedOut;
        vanished += other.vanished;
        refused += other.refused;
        projectsOnly += other.projectsOnly;
        projectsOnlyBlocked += other.projectsOnlyBlocked;
        projects += other.projects;
        projectsBlocked += other.projectsBlocked;
        projectsOnlyDuplicates += other.projectsOnlyDuplicates;
        summaryNotWritten |= other.summaryNotWritten;
    }

    public int processed() {
        return converted
                + blocked
                + unreadable
                + internal
                + duplicates
                + duplicatesOfFailures
                + timedOut
                + refused
                + projectsOnly
                + projectsOnlyBlocked;
    }

    public int converted() {
        return converted;
    }

    /**
     * Something failed inside the program or its environment (the submission stays for a rerun).
     */
    public boolean anyInternalError() {
        return internal > 0 || summaryNotWritten;
    }

    /**
     * A submission was filed in failed/ (its content has errors, cannot be read, or took too long),
     * or an 错误 blocked one of the project tables that came with a department's workbook (filed in
     * archive/ with its 原因: the clerk has to fix it all the same, as {@code convert} says too).
     */
    public boolean anyFailed() {
        return blocked
                        + unreadable
                        + duplicatesOfFailures
                        + timedOut
                        + refused
                        + projectsOnlyBlocked
                        + projectsBlocked
                > 0;
    }

    public String summary() {
        int onlyProjects = projectsOnly + projectsOnlyBlocked;
        StringBuilder b = new StringBuilder("完成：");
        int duplicated = duplicates + duplicatesOfFailures;
        if (processed() == onlyProjects + projectsOnlyDuplicates
                && projects == 0
                && projectsOnlyDuplicates > 0) {
            // nothing but project tables delivered again
            b.append("项目支出绩效自评表重复提交未重新转换 ").append(duplicated).append(" 份");
            duplicated = 0;
        } else if (processed() == onlyProjects + projectsOnlyDuplicates && projects > 0) {
            // a run of project tables alone: the projects are what was processed
            b.append("共处理项目支出绩效自评表 ")
                    .append(projects)
                    .append(" 个（")
                    .append(onlyProjects)
                    .append(" 份提交），自评表已生成 ")
                    .append(projects - projectsBlocked)
                    .append(" 个，存在错误 ")
                    .append(projectsBlocked)
                    .append(" 个");
        } else {
            b.append("共处理 ").append(processed()).append(" 份");
            if (onlyProjects > 0) b.append("（其中仅含项目支出绩效自评表 ").append(onlyProjects).append(" 份）");
            b.append("，报告已生成 ")
                    .append(converted)
                    .append(" 份，存在错误 ")
                    .append(blocked)
                    .append(" 份，无法读取 ")
                    .append(unreadable)
                    .append(" 份");
            if (projects > 0) {
                b.append("；项目支出绩效自评表共 ")
                        .append(projects)
                        .append(" 个，自评表已生成 ")
                        .append(projects - projectsBlocked)
                        .append(" 个，存在错误 ")
                        .append(projectsBlocked)
                        .append(" 个");
            }
        }
        if (duplicated > 0) b.append("，重复提交未重新转换 ").append(duplicated).append(" 份");
        // counted apart from 无法读取 (a verdict on content, by department), time-outs with them: each
        // is a file received and refused, the count status and 汇总's 统计 give as 收到后未能处理的文件
        if (refused + timedOut > 0) {
            b.append("，格式不支持或无法处理 ").append(refused + timedOut).append(" 份（");
            if (timedOut > 0) b.append("其中处理超时 ").append(timedOut).append(" 份；");
            b.append("已移入失败文件夹）");
        }
        if (internal > 0) b.append("，程序内部错误 ").append(internal).append(" 份（已留在收件文件夹）");
        if (unsettled > 0) b.append("；另有 ").append(unsettled).append(" 份仍在复制中，留待下一轮");
        if (vanished > 0) b.append("；另有 ").append(vanished).append(" 份在处理期间被移走或改动，已跳过");
        if (summaryNotWritten) b.append("；汇总表未能重写（见上文）");
        return b.append("。").toString();
    }

    /** How one submission ended, as counted. */
    public enum Kind {
        CONVERTED,
        BLOCKED,
        UNREADABLE,
        INTERNAL_ERROR,
        DUPLICATE,
        DUPLICATE_OF_FAILURE,
        UNSETTLED,
        TIMED_OUT,
        /**
         * taken away (or changed) while this run had it, e.g. by another program: not this run's to
         * judge.
         */
        VANISHED,
        /**
         * received but not taken as a submission (format, name, permission, a zip of several):
         * filed with its reason.
         */
        REFUSED,
        /** project tables alone (no department's sheets), every table published. */
        PROJECTS_ONLY,
        /** project tables alone, one or more blocked by an 错误: filed in failed/. */
        PROJECTS_ONLY_BLOCKED
    }
}
