package org.selfeval.model;

import java.util.List;

/**
 * One project's 项目支出绩效自评表 as read from its sheet: the heading (项目名称, 主管部门, 实施单位, 评价年度 and the
 * framework the template was made for), 项目资金, 年度总体目标, the indicators and the 总分 row as typed.
 *
 * @param totalWeight the 总分 row's 分值 (100), blank when not typed
 * @param totalScore the 总分 row's 得分 as typed, with its cell (where a capped total is advised)
 */
public record ProjectSheet(
        String file,
        String sheet,
        Text name,
        Text department,
        Text unit,
        Text year,
        Text framework,
        List<ProjectFundRow> funds,
        Text plannedGoal,
        Text achievedGoal,
        List<ProjectIndicator> indicators,
        Num totalWeight,
        Num totalScore) {

    public ProjectSheet {
        funds = List.copyOf(funds);
        indicators = List.copyOf(indicators);
    }

    /** The 年度资金总额 row, if the sheet has one. */
    public java.util.Optional<ProjectFundRow> totalFunds() {
        return funds.stream().filter(ProjectFundRow::total).findFirst();
    }

    /**
     * True for a template sheet left as it came (no name, no amount, no goal, no indicator): a
     * department with two projects leaves the template's third sheet so.
     */
    public boolean untouched() {
        return name.isBlank()
                && plannedGoal.isBlank()
                && achievedGoal.isBlank()
                && indicators.isEmpty()
                && funds.stream()
                        .noneMatch(
                                f ->
                                        f.initial().present()
                                                || f.budget().present()
                                                || f.executed().present());
    }

    /** The project's name, or the sheet's when 项目名称 is blank (so messages still say which). */
    public String title() {
        return name.isBlank() ? sheet : name.value();
    }
}
