package org.selfeval.framework;

import java.util.List;

/**
 * The framework workbook's sheets and columns: the writer and the reader share them, so they cannot
 * drift.
 */
final class FrameworkLayout {

    private FrameworkLayout() {}

    static final String GUIDE = "说明";
    static final String INFO = "框架信息";
    static final String TREE = "指标体系";
    static final String INPUTS = "公式指标";
    static final String GRADES = "等级";
    static final String RULES = "校验规则";

    static final String KEY = "项目";
    static final String VALUE = "内容";
    static final List<String> INFO_HEADER = List.of(KEY, VALUE);
    static final String NAME = "名称";
    static final String TITLE = "标题";
    static final String YEAR = "年度";
    static final String FUNDS = "项目资金表";
    static final String YES = "是";
    static final String NO = "否";

    static final String LEVEL1 = "一级指标";
    static final String LEVEL2 = "二级指标";
    static final String LEVEL3 = "三级指标";
    static final String WEIGHT = "分值";
    static final String NATURE = "指标性质";
    static final String METHOD = "评分方法";
    static final String CONTENT = "指标内容";
    static final String TARGET = "年度指标值";
    static final String UNIT = "计量单位";
    static final String OWN_ROWS = "部门自填行数";
    static final String CATEGORIES = "三级指标类别";
    static final List<String> TREE_HEADER =
            List.of(
                    LEVEL1,
                    LEVEL2,
                    LEVEL3,
                    WEIGHT,
                    NATURE,
                    METHOD,
                    CONTENT,
                    TARGET,
                    UNIT,
                    OWN_ROWS,
                    CATEGORIES);

    static final String ROLE = "参数";
    static final String ITEM = "数据项";
    static final String ITEM_UNIT = "单位";
    static final String HINT = "填写提示";
    static final List<String> INPUTS_HEADER = List.of(METHOD, ROLE, ITEM, ITEM_UNIT, HINT);

    static final String GRADE = "等级";
    static final String MINIMUM = "最低分";
    static final List<String> GRADES_HEADER = List.of(GRADE, MINIMUM);

    static final String SETTING = "配置项";
    static final String SETTING_VALUE = "值";
    static final String SETTING_NOTE = "说明";
    static final List<String> RULES_HEADER = List.of(SETTING, SETTING_VALUE, SETTING_NOTE);

    /** The data sheets every framework workbook has, in workbook order; 校验规则 may follow them. */
    static final List<String> SHEETS = List.of(INFO, TREE, INPUTS, GRADES);

    /** The header labels of a data sheet. */
    static List<String> header(String sheet) {
        return switch (sheet) {
            case INFO -> INFO_HEADER;
            case TREE -> TREE_HEADER;
            case INPUTS -> INPUTS_HEADER;
            case GRADES -> GRADES_HEADER;
            case RULES -> RULES_HEADER;
            default -> throw new IllegalArgumentException(sheet);
        };
    }

    /** The separators staff use between 三级指标类别. */
    static final String LIST_SEPARATORS = "[、,，;；\\s]+";
}
