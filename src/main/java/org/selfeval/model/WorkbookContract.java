package org.selfeval.model;

import java.util.List;

/**
 * The official workbook staff fill (DESIGN.md, "The official workbook"): sheet names, header labels
 * and the keys of the key/value sheets. The template writer and the reader both use these names, so
 * the template and the reader cannot drift apart.
 */
public final class WorkbookContract {

    private WorkbookContract() {}

    public static final String SHEET_INFO = "基本信息";
    public static final String SHEET_INCOME = "收入决算";
    public static final String SHEET_EXPENDITURE = "支出决算";
    public static final String SHEET_INDICATORS = "绩效指标";
    public static final String SHEET_PROJECTS = "重点项目";
    public static final String SHEET_MANAGEMENT = "管理指标数据";
    public static final String SHEET_GUIDE = "填报说明";

    /** 项目资金, only in the templates of frameworks whose budget line is this table (caiyu-2020). */
    public static final String SHEET_FUNDS = "项目资金";

    /**
     * Sheets a framework may add to {@link #DATA_SHEETS}; a submission without them is complete.
     */
    public static final List<String> OPTIONAL_SHEETS = List.of(SHEET_FUNDS);

    /** 项目资金 columns and rows, as 财预〔2020〕10号's table prints them. */
    public static final List<String> FUNDS_HEADERS =
            List.of("项目", "年初预算数", "全年预算数", "全年执行数", "执行率(%)", "说明");

    public static final String FUNDS_TOTAL = "年度资金总额";
    public static final List<String> FUNDS_ROWS =
            List.of(FUNDS_TOTAL, "其中：本年财政拨款", "上年结转资金", "其他资金");

    /** The sheets a complete submission has, in template order (填报说明 is optional). */
    public static final List<String> DATA_SHEETS =
            List.of(
                    SHEET_INFO,
                    SHEET_INCOME,
                    SHEET_EXPENDITURE,
                    SHEET_INDICATORS,
                    SHEET_PROJECTS,
                    SHEET_MANAGEMENT);

    // 基本信息 and 管理指标数据 are key/value sheets.
    public static final String KEY = "项目";
    public static final String INFO_VALUE = "内容";
    public static final String MANAGEMENT_VALUE = "数值";

    /** 基本信息 keys, in template order. */
    public static final List<String> INFO_KEYS =
            List.of(
                    "部门名称",
                    "评价年度",
                    "金额单位",
                    "主要职责",
                    "内设机构",
                    "派出机构",
                    "下属单位",
                    "年度总体工作",
                    "重点工作任务",
                    "二级项目个数",
                    "二级项目资金",
                    "整体支出自评金额",
                    "全年预算数",
                    "绩效管理情况",
                    "整体绩效完成情况",
                    "重点项目执行说明",
                    "主要工作成效",
                    "存在的主要问题",
                    "下一步改进措施",
                    "填报人",
                    "联系电话",
                    WorkbookContract.INFO_FRAMEWORK);

    /**
     * 基本信息 key naming the indicator framework the template was made for (pre-filled; a mixed inbox
     * relies on it).
     */
    public static final String INFO_FRAMEWORK = "指标体系";

    /** 基本信息 keys whose content is a number (万元 or a count). */
    public static final List<String> INFO_NUMBER_KEYS =
            List.of("二级项目个数", "二级项目资金", "整体支出自评金额", "全年预算数");

    /** 收入决算 and 支出决算 columns. */
    public static final List<String> COMPARISON_HEADERS =
            List.of("项目", "本年决算", "上年决算", "差异", "差异率(%)", "差异说明");

    /** 绩效指标 columns. */
    public static final List<String> INDICATOR_HEADERS =
            List.of(
                    "一级指标", "二级指标", "三级指标", "指标内容", "指标性质", "年度指标值", "计量单位", "实际完成值", "分值", "评分方法",
                    "自评得分", "完成情况说明");

    /** 重点项目 columns. */
    public static final List<String> PROJECT_HEADERS =
            List.of("序号", "项目名称", "年初预算", "调整后预算", "实际支出", "实际支出率(%)", "执行说明");

    /** The label of total rows (收入/支出 合计, the indicators' grand total). */
    public static final String TOTAL = "合计";

    /** 指标内容 of a subtotal row in 绩效指标. */
    public static final String SUBTOTAL = "小计";

    /** 指标性质 values. */
    public static final List<String> NATURES = List.of("≥", "≤", "=", "时限", "定性");
}
