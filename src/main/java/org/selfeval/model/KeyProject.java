package org.selfeval.model;

/**
 * One row of 重点项目: 序号 · 项目名称 · 年初预算 · 调整后预算 · 实际支出 · 实际支出率(%) · 执行说明. {@code rate} is the typed
 * rate in percent, to be checked.
 */
public record KeyProject(
        Text seq,
        Text name,
        Num initialBudget,
        Num adjustedBudget,
        Num actual,
        Num rate,
        Text explanation) {}
