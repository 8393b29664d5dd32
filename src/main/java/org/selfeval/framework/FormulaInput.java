package org.selfeval.framework;

/**
 * One figure a formula scoring method reads from 管理指标数据: the method (公用经费控制率), the role the method
 * gives it (实际, 预算 …), the item's name as the template's 管理指标数据 lists it, its unit and the hint for
 * staff.
 */
public record FormulaInput(String method, String role, String item, String unit, String hint) {}
