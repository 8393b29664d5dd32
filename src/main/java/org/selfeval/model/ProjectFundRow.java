package org.selfeval.model;

/**
 * One row of a project's 项目资金（万元） as typed: 年度资金总额 ({@code total}) or one of its sources. 执行率 and
 * 得分 are what staff typed (or the template's formula showed), checked against 执行数 ÷ 预算数, never
 * trusted.
 */
public record ProjectFundRow(
        Text item,
        boolean total,
        Num initial,
        Num budget,
        Num executed,
        Num weight,
        Num rate,
        Num score) {

    public String name() {
        return item.value();
    }
}
