package org.selfeval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorScore;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.WordDocument;

/**
 * （二）各项工作任务绩效目标完成情况分析: every 一级 group, then each 二级 group in one of three sentence patterns of the
 * reference: targets (产出指标, 效益指标 …), the budget execution rate, or management items （1）…（n）.
 */
final class IndicatorAnalysisSection implements ReportSection {

    @Override
    public void append(Evaluation e, WordDocument doc) {
        doc.paragraph(StyleId.HEADING2, "（二）各项工作任务绩效目标完成情况分析");
        List<GroupScore> groups = e.scores() == null ? List.of() : e.scores().groups();
        for (int i = 0; i < groups.size(); i++) {
            GroupScore g = groups.get(i);
            // "其中：" introduces target-group paragraphs, not the numbered （1）… items of a
            // framework-named group.
            doc.paragraph(
                    StyleId.HEADING3,
                    (i + 1)
                            + ". "
                            + g.name()
                            + "分值"
                            + Texts.points(g.weight())
                            + "，自评得分"
                            + Texts.points(g.score())
                            + "。"
                            + (g.children().stream().anyMatch(c -> isTargetGroup(e, g, c))
                                    ? "其中："
                                    : ""));
            // （1）…（n） only when every 二级 of the 一级 is an itemised group, as in the reference's
            // 管理效率.
            boolean numbered =
                    g.children().stream().noneMatch(c -> isBudgetRate(c) || isTargetGroup(e, g, c));
            int managementNo = 0;
            for (GroupScore child : g.children()) {
                if (isBudgetRate(child)) {
                    doc.paragraph(StyleId.BODY, budgetRate(e, child));
                } else if (isTargetGroup(e, g, child)) {
                    doc.paragraph(StyleId.BODY, targets(child));
                } else {
                    doc.paragraph(
                            StyleId.BODY, management(e, numbered ? ++managementNo : 0, child));
                }
            }
            if (g.children().isEmpty() && !g.indicators().isEmpty()) {
                doc.paragraph(StyleId.BODY, management(e, 0, g));
            }
        }
    }

    /**
     * A 二级 group that is the budget execution rate alone (a group mixing it with other indicators
     * is itemised).
     */
    static boolean isBudgetRate(GroupScore g) {
        return !g.indicators().isEmpty()
                && g.indicators().stream().allMatch(IndicatorAnalysisSection::isBudgetRate);
    }

    static boolean isBudgetRate(IndicatorScore i) {
        return "支出率".equals(i.method());
    }

    /**
     * 产出指标, 效益指标 …: groups of the department's own targeted indicators, as the framework marks them
     * (rows left for the department); a group the framework does not name is one when its
     * indicators carry targets.
     */
    static boolean isTargetGroup(Evaluation e, GroupScore level1, GroupScore g) {
        Optional<Boolean> known = e.scores().framework().departmentOwn(level1.name(), g.name());
        if (known.isPresent()) return known.get();
        return g.indicators().stream().anyMatch(i -> !i.row().target().isBlank());
    }

    /** 部门预算资金支出率，分值 10 分，自评得分 9.98 分，完成情况：全年预算数 …，执行数 …，完成预算的 99.75%，自评得分 9.98 分。 */
    static String budgetRate(Evaluation e, GroupScore g) {
        return g.name()
                + "，分值"
                + Texts.points(g.weight())
                + "，自评得分"
                + Texts.points(g.score())
                + "，完成情况："
                + budgetFigures(e)
                + "，自评得分"
                + Texts.points(g.score())
                + "。";
    }

    /** 全年预算数 …，执行数 …，完成预算的 …%: the figures the rate is computed from. */
    private static String budgetFigures(Evaluation e) {
        String executed =
                e.budgetExecuted() == null ? Formats.NOT_COMPUTABLE : Texts.wan(e.budgetExecuted());
        return "全年预算数"
                + (e.annualBudget() == null ? Formats.NOT_COMPUTABLE : Texts.wan(e.annualBudget()))
                + "，执行数"
                + executed
                + "，完成预算的"
                + Formats.percent(e.budgetExecutionRate());
    }

    /** 部门整体绩效目标产出指标完成情况，分值 20 分，自评得分 17 分，完成情况：一是，数量指标，年度指标值是：…。二是… */
    static String targets(GroupScore g) {
        StringBuilder s =
                new StringBuilder(
                        "部门整体绩效目标"
                                + g.name()
                                + "完成情况，分值"
                                + Texts.points(g.weight())
                                + "，自评得分"
                                + Texts.points(g.score())
                                + "，完成情况：");
        List<IndicatorScore> items = g.indicators();
        for (int i = 0; i < items.size(); i++) {
            IndicatorScore ind = items.get(i);
            IndicatorRow row = ind.row();
            s.append(ChineseNumbers.ordinal(i + 1)).append("，");
            if (!row.level3().isBlank()) s.append(row.level3().value()).append("，");
            // A part the department left empty is left out of the sentence (the audit asks for it
            // with a 警告).
            String target = targetText(row);
            if (!target.isEmpty()) s.append("年度指标值是：").append(target).append("，");
            s.append("分值").append(Texts.points(ind.weight()));
            String outcome = Texts.clause(outcome(row, ""));
            if (!outcome.isEmpty()) s.append("，指标值完成情况：").append(outcome);
            s.append("，自评得分").append(Texts.points(ind.score())).append("。");
        }
        if (items.isEmpty()) s.append("无。");
        return s.toString();
    }

    /**
     * 指标内容 + the 指标性质 in words + 年度指标值 + 计量单位, as the reference words it: "抽检15年以上老旧电梯不少于150台",
     * "完成企业年报率不低于90%", "农贸市场升级改造完成时限于2023年12月10日前", "农贸市场升级改造成效：建成……". A target typed as free text
     * ("不少于150台") already says it and is kept as typed.
     */
    static String targetText(IndicatorRow row) {
        String content = row.content().value();
        String target = row.target().value();
        String unit = row.unit().value();
        if (target.startsWith(content)) content = "";
        StringBuilder s = new StringBuilder(content);
        String nature = row.nature().value();
        if ("时限".equals(nature)) {
            if (!target.startsWith("于")) s.append("于");
        } else if ("定性".equals(nature)) {
            if (!content.isEmpty()) s.append("：");
        } else if (!target.isEmpty() && Character.isDigit(target.charAt(0))) {
            s.append(relation(nature, unit));
        }
        s.append(target);
        if (!unit.isEmpty() && !target.endsWith(unit)) s.append(unit);
        return Texts.clause(s.toString());
    }

    /** ≥ 不少于 (rates: 不低于), ≤ 不超过 (rates: 不高于), = 为. */
    private static String relation(String nature, String unit) {
        boolean rate = unit.contains("%");
        return switch (nature) {
            case "≥" -> rate ? "不低于" : "不少于";
            case "≤" -> rate ? "不高于" : "不超过";
            case "=" -> "为";
            default -> "";
        };
    }

    /**
     * 实际完成值 with its unit, then 完成情况说明 beside it; the value alone is left out when the explanation
     * already states it ("抽检……287台，已按计划完成"), as the reference writes; "" when both are empty.
     */
    static String outcome(IndicatorRow row, String label) {
        String actual = row.actual().value();
        if (!actual.isEmpty() && !row.unit().isBlank() && !actual.endsWith(row.unit().value()))
            actual += row.unit().value();
        String explanation = row.explanation().value();
        if (explanation.isEmpty()) return actual.isEmpty() ? "" : label + actual;
        if (actual.isEmpty() || explanation.contains(row.actual().value())) return explanation;
        return label + Texts.clause(actual) + "，" + explanation;
    }

    /**
     * The framework's 三级 name (结转结余率, 财务管理合规性 …), as the reference prints it; else the row's own
     * name.
     */
    static String managementName(IndicatorRow row) {
        return row.level3().isBlank() ? row.name() : row.level3().value();
    }

    /** （1）预算编制，分值 3 分，自评得分 3 分：一是…，分值 x 分，说明，自评得分 y 分；二是…。 */
    static String management(Evaluation e, int number, GroupScore g) {
        StringBuilder s =
                new StringBuilder(
                        (number > 0 ? "（" + number + "）" : "")
                                + g.name()
                                + "，分值"
                                + Texts.points(g.weight())
                                + "，自评得分"
                                + Texts.points(g.score())
                                + "：");
        List<String> items = new ArrayList<>();
        List<IndicatorScore> indicators = g.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorScore ind = indicators.get(i);
            String prefix = indicators.size() > 1 ? ChineseNumbers.ordinal(i + 1) : "";
            String said =
                    isBudgetRate(ind)
                            ? budgetFigures(e)
                            : Texts.clause(outcome(ind.row(), "实际完成值"));
            items.add(
                    prefix
                            + managementName(ind.row())
                            + "，分值"
                            + Texts.points(ind.weight())
                            + (said.isEmpty() ? "" : "，" + said)
                            + "，自评得分"
                            + Texts.points(ind.score()));
        }
        s.append(items.isEmpty() ? "无" : String.join("；", items)).append("。");
        return s.toString();
    }
}
