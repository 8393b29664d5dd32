package org.selfeval.ingest;

import static org.selfeval.ingest.Sheets.row;

import java.util.List;
import org.selfeval.ingest.Sheets.Formula;
import org.selfeval.ingest.Sheets.Pct;
import org.selfeval.ingest.Sheets.PctFormula;
import org.selfeval.ingest.Sheets.Spec;

/**
 * A complete submission as staff fill it, with what staff do to templates: title rows over merged
 * cells, reordered and extra columns, headers with units and line breaks, blank rows, notes below
 * the tables, formulas, numbers typed as text (thousands separators, full-width digits, "7.52%"),
 * percent-formatted cells. Figures after the 2023 Huadu report.
 */
final class SampleSubmission {

    private SampleSubmission() {}

    static final String DUTIES = "负责市场综合监督管理和知识产权管理。\n负责市场主体统一登记注册。";

    static Spec info() {
        return new Spec(
                "基本信息",
                new Object[][] {
                    row("部门整体支出绩效自评基本信息"),
                    row("项目", "内容"),
                    row("部门名称", "广州市花都区市场监督管理局"),
                    row("评价年度", 2023),
                    row("金额单位", "万元"),
                    row("主要职责", DUTIES),
                    row("二级项目个数", 27),
                    row("二级项目资金", "4,490.04"),
                    row("全年预算数", "２２９７６．００"),
                    row(),
                    row("注：金额单位为万元，一项职责一行。"),
                },
                "A1:B1");
    }

    static Spec income() {
        return new Spec(
                "收入决算",
                new Object[][] {
                    row("2023年收入决算与上年对比"),
                    row("项目", "2023年决算(万元)", "2022年决算（万元）", "差异\n(万元)", "差异率（%）", "备用", "差异说明"),
                    row(
                            "合计",
                            new Formula("SUM(B4:B6)", "22918.41"),
                            new Formula("SUM(C4:C6)", "21314.55"),
                            new Formula("B3-C3", "1603.86"),
                            new Formula("ROUND(D3/C3*100,2)", "7.52"),
                            null,
                            null),
                    row("财政拨款收入", 22918.41, 21245.39, 1673.02, 7.87, "x", "年中追加专项资金"),
                    row(),
                    row("其他收入", 0, 69.16, -69.16, -100, null, "划转资金不再直接划拨"),
                    row(),
                    row("说明：本表金额单位为万元。"),
                },
                "A1:G1");
    }

    static Spec expenditure() {
        return new Spec(
                "支出决算",
                new Object[][] {
                    row("项目", "上年决算", "本年决算", "差异率(%)", "差异", "差异说明"),
                    row("合计", "21,320.69", "22,918.66", "7.49%", "1,597.97", ""),
                    row(
                            "基本支出",
                            "１８７９６．４５",
                            18428.38,
                            new Pct(-0.0196),
                            -368.07,
                            "一是工会经费单列；\n二是补缴职业年金。"),
                    row("项目支出", 2524.24, "  4490.28 ", "77.89", "1966.04", "—"),
                });
    }

    static Spec indicators() {
        return new Spec(
                "绩效指标",
                new Object[][] {
                    row("部门整体支出绩效自评指标表"),
                    row(
                            "一级\n指标", "二级指标", "三级指标", "指标内容", "指标性质", "年度指标值", "计量单位", "实际完成值",
                            "分值（分）", "评分方法", "自评得分", "完成情况说明", "备注"),
                    row(
                            "履职效能", "产出指标", "数量指标", "检查企业数", "≥", "不少于150家", "家", 160, 5, "正向", 5,
                            "完成", "x"),
                    row(null, null, null, "抽检批次", "≥", 1000, "批", "1,200", 5, null, 5, null),
                    row(),
                    row(
                            null,
                            null,
                            "质量指标",
                            "抽检合格率",
                            "≥",
                            "95%",
                            "%",
                            new Pct(0.9868),
                            10,
                            null,
                            9.5,
                            null),
                    row(null, "产出指标", null, "小计", null, null, null, null, 20, null, 19.5, null),
                    row(null, null, null, "小计", null, null, null, null, 20, null, 19.5, null),
                    row("合计", null, null, null, null, null, null, null, 100, null, "９５", null),
                    row(),
                    row(),
                    row("填表人：张三"),
                },
                "A1:M1",
                "A3:A8",
                "B3:B6");
    }

    static Spec projects() {
        return new Spec(
                "重点项目",
                new Object[][] {
                    row("序号", "项目名称", "年初预算", "调整后预算", "实际支出", "实际支出率(%)", "执行说明"),
                    row("1", "外卖行业稳岗留工补贴", 0, 2801.73, 2801.73, "100%", null),
                    row("2", "食品安全抽检", 300, "280", 266, new PctFormula("E3/D3", "95%"), "按合同分期支付"),
                    row("合计", null, 300, 3081.73, 3067.73, null, null),
                });
    }

    static Spec management() {
        return new Spec(
                "管理指标数据",
                new Object[][] {
                    row("项目", "数值"),
                    row("公用经费实际支出", 1000),
                    row("公用经费预算", "1,200.50"),
                    row("三公经费实际支出", "—"),
                    row("备案合同数", "１２"),
                });
    }

    static List<Spec> all() {
        return List.of(info(), income(), expenditure(), indicators(), projects(), management());
    }
}
