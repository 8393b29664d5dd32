package org.selfeval.model;

import java.util.List;

/**
 * The 项目支出绩效自评表 staff fill, where the framework does not name it: the heading keys, the goal labels
 * and the template's file name. The template writer and the reader both use these, so they cannot
 * drift apart; the columns and rows of the two tables are the framework's ({@code
 * ProjectFramework}).
 */
public final class ProjectContract {

    private ProjectContract() {}

    public static final String TITLE = "项目支出绩效自评表";
    public static final String KEY_NAME = "项目名称";
    public static final String KEY_DEPARTMENT = "主管部门";
    public static final String KEY_UNIT = "实施单位";
    public static final String KEY_YEAR = "评价年度";

    /** Pre-filled with the framework's name, as 基本信息 does for a department. */
    public static final String KEY_FRAMEWORK = "指标体系";

    public static final List<String> KEYS =
            List.of(KEY_NAME, KEY_DEPARTMENT, KEY_UNIT, KEY_YEAR, KEY_FRAMEWORK);
    public static final String PLANNED = "预期目标";
    public static final String ACHIEVED = "实际完成情况";
    public static final String FUNDS_SECTION = "项目资金（万元）";
    public static final String GOALS_SECTION = "年度总体目标";
    public static final String INDICATORS_SECTION = "绩效指标";

    /**
     * Template sheets are named 项目1, 项目2 …; staff may rename them (the reader finds a project by
     * its 项目名称 key).
     */
    public static final String SHEET_PREFIX = "项目";

    public static final String FILE_NAME = "项目支出绩效自评模板.xlsx";
}
