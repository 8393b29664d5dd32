package org.selfeval.framework;

import java.util.List;

/**
 * The project framework workbook's sheets, columns and the fixed words of its 表格 sheet (what each
 * column or row of the 项目支出绩效自评表 means): the writer and the reader share them, so they cannot
 * drift.
 */
final class ProjectFrameworkLayout {

    private ProjectFrameworkLayout() {}

    /** 框架信息's 类型 of a project framework; a department framework has none. */
    static final String KIND = "类型";

    static final String PROJECT_KIND = "项目支出";
    static final String FUNDS_WEIGHT = "预算执行率分值";

    static final String TABLE = "表格";
    static final String TREE = "绩效指标";
    static final String RULES = "评分规则";

    static final String PART = "部分";
    static final String ROLE = "含义";
    static final String LABEL = "名称";
    static final List<String> TABLE_HEADER = List.of(PART, ROLE, LABEL);

    static final List<String> TREE_HEADER =
            List.of(FrameworkLayout.LEVEL1, FrameworkLayout.LEVEL2, FrameworkLayout.WEIGHT);

    static final String RULE = "规则";
    static final String APPLIES_TO = "适用于";
    static final String CONDITION = "条件";
    static final String EFFECT = "处理";
    static final String MESSAGE = "提示";
    static final List<String> RULES_HEADER = List.of(RULE, APPLIES_TO, CONDITION, EFFECT, MESSAGE);

    /**
     * The sheets of a project framework workbook after 说明, in workbook order (评分规则 may be left
     * out).
     */
    static final List<String> SHEETS =
            List.of(FrameworkLayout.INFO, TABLE, TREE, FrameworkLayout.GRADES);

    static List<String> header(String sheet) {
        return switch (sheet) {
            case FrameworkLayout.INFO -> FrameworkLayout.INFO_HEADER;
            case TABLE -> TABLE_HEADER;
            case TREE -> TREE_HEADER;
            case FrameworkLayout.GRADES -> FrameworkLayout.GRADES_HEADER;
            case RULES -> RULES_HEADER;
            default -> throw new IllegalArgumentException(sheet);
        };
    }
}
