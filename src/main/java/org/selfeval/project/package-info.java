/**
 * The 项目支出绩效自评表's evaluate stage: audits and scores one project table against the project framework
 * (fund rows, 执行率 and its score, weights, deviations, the bureau's 评分规则) into a {@link
 * ProjectEvaluation}.
 */
package org.selfeval.project;
