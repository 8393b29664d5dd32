package org.selfeval.model;

import java.math.BigDecimal;

/**
 * A project's 项目支出绩效自评表 as its department's report lists it, when the project came with the
 * department's sheets. The figures are the project's own after audit, each with the cell it stems
 * from: 预算数 and 执行数 of 年度资金总额 (the sum of its sources where the typed total disagrees), 执行率
 * recomputed from them, and the total as scored at the 总分 row (capped when a 评分规则 fired).
 *
 * @param labels the project framework's words for 预算数, 执行数 and 执行率 (全年预算数 or 调整后预算数 …)
 * @param rate 执行数 ÷ 预算数 × 100, null when not computable
 * @param total the total as scored, null when the table could not be scored
 * @param sum the scores before a cap, null when not scored
 * @param capName the 评分规则 that capped the total, "" when none did
 * @param capWords that rule in words (执行率≥60%且<70%：总分最高79分), "" when none
 * @param blocked true when an 错误 kept the project's own table from being published
 */
public record ProjectTableLine(
        Text name,
        Labels labels,
        Num budget,
        Num executed,
        BigDecimal rate,
        Num total,
        BigDecimal sum,
        String grade,
        String capName,
        String capWords,
        boolean blocked) {

    /** The project framework's column labels the listing's header repeats. */
    public record Labels(String budget, String executed, String rate) {}

    public boolean scored() {
        return total.present() && !blocked;
    }
}
