package org.selfeval.report;

import java.util.Map;

/**
 * Chinese names for the rule ids of findings, shown next to the id in the 校验报告 ("R-DIFF 差异复核"), so staff
 * see what was checked. Ids are defined by the audit rules and the reader; an id missing here shows the name of
 * its family (READ-… 文件读取, R-X-… 表间核对) or the bare id.
 */
final class RuleNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            // 必填 and 表内 (audit)
            Map.entry("R-REQUIRED", "必填项"),
            Map.entry("R-DIFF", "差异复核"),
            Map.entry("R-RATE", "差异率复核"),
            Map.entry("R-SUM", "合计复核"),
            Map.entry("R-SUM-ROUNDING", "合计尾差"),
            Map.entry("R-VARIANCE-NOTE", "差异说明"),
            Map.entry("R-BUDGET-RATE", "预算执行率"),
            Map.entry("R-PROJECT-RATE", "支出率复核"),
            Map.entry("R-PROJECT-NO-BUDGET", "无预算支出"),
            Map.entry("R-PROJECT-NOTE", "执行说明"),
            // 评分表
            Map.entry("R-SCORE-RANGE", "得分范围"),
            Map.entry("R-WEIGHT-SUM", "分值合计"),
            Map.entry("R-WEIGHT-TOTAL", "总分值"),
            Map.entry("R-TREE", "指标体系"),
            Map.entry("R-SUBTOTAL", "小计复核"),
            Map.entry("R-SUBTOTAL-RESCORED", "小计重算"),
            Map.entry("R-RESCORE", "得分重算"),
            // 表间
            Map.entry("R-X-PROJECT-FUNDS", "项目资金核对"),
            Map.entry("R-X-SELF-EVAL-AMOUNT", "自评金额核对"),
            Map.entry("R-X-KEY-PROJECTS", "重点项目核对"),
            Map.entry("R-X-INCOME", "收支核对"),
            // reading the files (ingest)
            Map.entry("READ-HEADER", "表头"),
            Map.entry("READ-NUMBER", "数字格式"),
            Map.entry("READ-KEY", "项目名称"),
            Map.entry("READ-DUPLICATE-KEY", "重复项目"),
            Map.entry("READ-INFO-REQUIRED", "必填项"),
            Map.entry("READ-INFO-YEAR", "评价年度"),
            Map.entry("READ-MISSING-SHEET", "缺少工作表"),
            Map.entry("READ-DUPLICATE-SHEET", "重复工作表"),
            Map.entry("READ-FORMULA-ERROR", "公式错误"),
            Map.entry("READ-TEXT-TOO-LONG", "文字过长"),
            Map.entry("READ-TOO-MANY-ROWS", "行数过多"),
            Map.entry("READ-PROJECT-TOTAL", "合计行"),
            Map.entry("READ-IGNORED", "忽略的文件"),
            Map.entry("INTERNAL", "程序错误"));

    private RuleNames() {
    }

    /** "R-DIFF" over "差异复核" (a line break between): the id, so staff can cite it, and its name. */
    static String label(String ruleId) {
        String name = name(ruleId);
        return name.isEmpty() ? ruleId : ruleId + "\n" + name;
    }

    /** The rule's Chinese name, its family's name, or "". */
    static String name(String ruleId) {
        if (ruleId == null) return "";
        String name = NAMES.get(ruleId);
        if (name != null) return name;
        if (ruleId.startsWith("READ-")) return "文件读取";
        if (ruleId.startsWith("R-X-")) return "表间核对";
        return "";
    }
}
