package org.selfeval.model;

/**
 * One row of 项目资金 (财预〔2020〕10号 self-evaluation table) as typed: 项目 · 年初预算数 · 全年预算数 · 全年执行数 · 执行率(%)
 * · 说明. {@code rate} is what staff typed, checked against 全年执行数 ÷ 全年预算数, never trusted.
 */
public record FundsRow(
        Text item, Num initial, Num annual, Num executed, Num rate, Text explanation) {

    public String name() {
        return item.value();
    }
}
