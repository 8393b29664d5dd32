package org.selfeval.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference department's 绩效指标 rows (2023年度广州市花都区市场监督管理局), as printed or corrected. Targets and
 * actuals are chosen from the report's sentences; scores and subtotals are the printed ones.
 */
final class ReferenceIndicators {

    // The published report's own words: its 一级 and 二级 names, not the framework's (a test must not
    // derive them).
    private static final String P = "履职效能", M = "管理效率";

    private ReferenceIndicators() {}

    static List<IndicatorLine> lines(ReferenceExample.Version version) {
        boolean corrected = version == ReferenceExample.Version.CORRECTED;
        List<IndicatorLine> l = new ArrayList<>();
        String out = "产出指标";
        l.add(
                leaf(
                        P,
                        out,
                        "数量指标",
                        "奖励获得中国专利优秀奖",
                        "=",
                        n("15"),
                        "万元/项",
                        n("0"),
                        "3",
                        "等于",
                        "0",
                        "因该项经费已全部压减，当年实际支出为0，故无法完成此项指标。"));
        l.add(
                leaf(
                        P,
                        out,
                        "数量指标",
                        "抽检15年以上老旧电梯数量",
                        "≥",
                        n("150"),
                        "台",
                        n("287"),
                        "3",
                        "正向",
                        "3",
                        "抽检15年以上老旧电梯287台，已按计划完成。"));
        l.add(
                leaf(
                        P,
                        out,
                        "数量指标",
                        "免费刻制印章枚数",
                        "=",
                        n("5"),
                        "枚",
                        n("5"),
                        "3",
                        "等于",
                        "3",
                        "免费刻制印章枚数及种类为一套5枚（包括企业公章、财务专用章、发票专用章、合同专用章、法定代表人章），已按计划完成。"));
        l.add(
                leaf(
                        P,
                        out,
                        "数量指标",
                        "行政案件立案数",
                        "≥",
                        n("600"),
                        "宗",
                        n("1291"),
                        "3",
                        "正向",
                        "3",
                        "行政案件立案数1291宗，已按计划完成。"));
        l.add(
                leaf(
                        P,
                        out,
                        "数量指标",
                        "流通环节食品安全检测次数",
                        "≥",
                        n("400"),
                        "批次",
                        n("628"),
                        "3",
                        "正向",
                        "3",
                        "流通环节食品安全检测次数628批次，已按计划完成。"));
        l.add(
                leaf(
                        P,
                        out,
                        "数量指标",
                        "驻场技术人员人数",
                        "≥",
                        n("3"),
                        "人",
                        n("3"),
                        "3",
                        "正向",
                        "3",
                        "驻场技术人员人数3人，已按计划完成。"));
        l.add(
                leaf(
                        P,
                        out,
                        "时效指标",
                        "农贸市场升级改造完成时限",
                        "时限",
                        "2023年12月10日前",
                        null,
                        "2023年12月10日前",
                        "2",
                        "时限",
                        "2",
                        "农贸市场升级改造均于2023年12月10日前完成，已按计划完成。"));
        l.add(IndicatorLine.subtotal(P, out, n("20"), n("17")));

        String ben = "效益指标";
        l.add(
                leaf(
                        P,
                        ben,
                        "社会效益指标",
                        "农贸市场升级改造成效",
                        "定性",
                        "建成“干净、整洁、平安、有序”市场环境",
                        null,
                        "已建成“干净、整洁、平安、有序”市场环境，并通过验收",
                        "7",
                        "定性",
                        "7",
                        "已建成“干净、整洁、平安、有序”市场环境，并通过验收，已按计划完成。"));
        l.add(
                leaf(
                        P,
                        ben,
                        "社会效益指标",
                        "企业年报率",
                        "≥",
                        n("90"),
                        "%",
                        n("94.68"),
                        "7",
                        "正向",
                        "7",
                        "企业年报率达到94.68%，已按计划完成。"));
        l.add(
                leaf(
                        P,
                        ben,
                        "社会效益指标",
                        "抽检电梯发现问题整改率",
                        "=",
                        n("100"),
                        "%",
                        n("100"),
                        "6",
                        "等于",
                        "6",
                        "抽检电梯发现问题整改率达到100%，已按计划完成。"));
        l.add(IndicatorLine.subtotal(P, ben, n("20"), n("20")));

        String rate = "部门预算资金支出率";
        l.add(
                leaf(
                        P,
                        rate,
                        rate,
                        rate,
                        "≥",
                        n("100"),
                        "%",
                        n("99.75"),
                        "10",
                        "支出率",
                        "9.98",
                        "全年预算数22,975.66万元，执行数22,918.66万元，完成预算的99.75%。"));
        l.add(IndicatorLine.subtotal(P, null, n("50"), n("46.98")));

        l.add(
                qualitative(
                        "预算编制",
                        "新增预算项目事前绩效评估",
                        "新增重大项目开展事前绩效评估",
                        "按规定开展事前绩效评估",
                        "无须开展事前绩效评估的新增项目",
                        "3",
                        "3",
                        "本部门无预算金额超过1000万元（含）的新增经常性二级项目，无预算金额超过3000万元（含）的新增一次性二级项目。"));
        l.add(IndicatorLine.subtotal(M, "预算编制", n("3"), n("3")));

        l.add(
                leaf(
                        M,
                        "预算执行",
                        "结转结余率",
                        "结转结余率",
                        "≤",
                        n("0"),
                        "%",
                        n("0"),
                        "2",
                        "结转结余率",
                        "2",
                        "本部门本年度无结转结余。"));
        l.add(
                qualitative(
                        "预算执行",
                        "财务管理合规性",
                        "财务管理制度健全并有效执行",
                        "制度健全、有效执行",
                        "已制定相关财务管理制度并有效执行",
                        "2",
                        "2",
                        "本部门已制定相关财务管理制度，并有效执行。"));
        l.add(IndicatorLine.subtotal(M, "预算执行", n("4"), n("4")));

        l.add(
                qualitative(
                        "信息公开",
                        "预决算信息公开合规性",
                        "预决算信息按时合规公开",
                        "按时、合规公开",
                        "已按时公开",
                        "2",
                        "1",
                        "本部门按时完成2023年部门预算及2022年部门决算信息公开工作，" + "但是在区财政部门开展预决算公开专项检查中未发现存在需修改的问题。"));
        l.add(
                qualitative(
                        "信息公开",
                        "绩效信息公开情况",
                        "绩效信息按规定公开",
                        "按规定公开",
                        "已在政府门户网站公开",
                        "2",
                        "2",
                        "本部门已将绩效目标等绩效信息按规定在政府门户网站公开。"));
        l.add(IndicatorLine.subtotal(M, "信息公开", n("4"), n("3")));

        l.add(
                qualitative(
                        "绩效管理",
                        "绩效管理制度建设",
                        "预算绩效管理制度建设",
                        "制定并执行预算绩效管理制度",
                        "已制定并严格执行",
                        "5",
                        "5",
                        "本部门已制定预算绩效管理制度，并严格按制度执行。"));
        l.add(
                qualitative(
                        "绩效管理",
                        "绩效结果应用",
                        "评价结果与预算安排挂钩",
                        "建立评价结果与预算编制挂钩机制",
                        "已建立",
                        "3",
                        "3",
                        "本部门无发生监控预警提醒信息，无发生重点评价整改情况，并建立评价结果与预算编制挂钩机制，" + "将评价结果与所属预算单位预算安排相结合。"));
        l.add(
                qualitative(
                        "绩效管理",
                        "绩效管理制度执行",
                        "绩效目标、监控和自评按要求开展",
                        "按要求开展并及时报送",
                        "已按要求开展并及时报送",
                        "7",
                        "7",
                        "本部门预算编审阶段，部门整体预算绩效目标未被财政部门回退，"
                                + "按要求开展部门整体支出绩效监控，并及时报送相关部门整体支出绩效监控材料，按要求开展部门整体支出绩效自评，"
                                + "按要求组织下属单位开展单位整体支出绩效自评，并及时报送相关部门整体支出绩效自评材料。"));
        l.add(IndicatorLine.subtotal(M, "绩效管理", n("15"), n("15")));

        l.add(
                leaf(
                        M,
                        "采购管理",
                        "采购意向公开合规性",
                        "采购意向公开比例",
                        "≥",
                        n("100"),
                        "%",
                        n("100"),
                        "0.5",
                        "正向",
                        "0.5",
                        "本部门采购意向100%公开。"));
        l.add(
                qualitative(
                        "采购管理",
                        "采购意向公开时限",
                        "采购意向公开时限符合规定",
                        "符合相关规定",
                        "均符合相关规定",
                        "1.5",
                        "1.5",
                        "本部门采购意向公开时限均符合相关规定。"));
        l.add(
                qualitative(
                        "采购管理",
                        "采购内控制度建设",
                        "政府采购管理制度建设",
                        "建立政府采购管理制度",
                        "已建立",
                        "1",
                        "1",
                        "本部门已建立政府采购管理制度。"));
        l.add(
                qualitative(
                        "采购管理",
                        "采购活动合规性",
                        "采购活动无投诉",
                        "无采购投诉事项",
                        "未发生采购投诉事项",
                        "2",
                        "2",
                        "本部门未发生采购投诉事项。"));
        l.add(
                qualitative(
                        "采购管理",
                        "采购合同签订时效性",
                        "采购合同按时签订",
                        "符合相关规定",
                        "均符合相关规定",
                        "3",
                        "3",
                        "本部门采购合同签订时效性均符合相关规定。"));
        l.add(
                leaf(
                        M,
                        "采购管理",
                        "合同备案时效性",
                        "超期备案合同数",
                        "≤",
                        n("0"),
                        "份",
                        n("4"),
                        "1",
                        "合同备案时效",
                        "0",
                        "本部门全年共备案合同69份，其中有4份超期备案，超期备案的均是公开招标项目签订的纸质合同，"
                                + "主要原因是合同签订后是需将合同上传到“广东省政府采购智慧云平台”项目采购的“合同管理”"
                                + "对方对各项内容进行确认，流程较多因对方没有及时响应而超期。"));
        l.add(
                qualitative(
                        "采购管理",
                        "采购政策效能",
                        "为中小企业预留采购份额",
                        "按《政府采购促进中小企业发展管理办法》预留份额",
                        "预留份额为100%",
                        "1",
                        "1",
                        "本部门按照《政府采购促进中小企业发展管理办法》要求为中小企业预留采购份额为100%。"));
        l.add(IndicatorLine.subtotal(M, "采购管理", n("10"), n("9")));

        l.add(
                qualitative(
                        "资产管理",
                        "资产配置合规性",
                        "资产配置符合规定",
                        "符合相关规定",
                        "均符合相关规定",
                        "2",
                        "2",
                        "本部门资产配置均符合相关规定。"));
        l.add(
                qualitative(
                        "资产管理",
                        "资产收益上缴的及时性",
                        "资产收益及时上缴",
                        "及时上缴",
                        "均及时上缴",
                        "1",
                        "1",
                        "本部门资产收益均及时上缴。"));
        l.add(
                qualitative(
                        "资产管理",
                        "资产盘点情况",
                        "完成年度资产盘点",
                        "完成年度资产盘点",
                        "已完成2023年度资产盘点",
                        "1",
                        "1",
                        "本部门已完成2023年度资产盘点。"));
        l.add(
                qualitative(
                        "资产管理",
                        "数据质量",
                        "资产年报数据完整准确、账实相符",
                        "完整、准确、相符",
                        "完整、准确、相符",
                        "2",
                        "2",
                        "本部门行政事业性国有资产年报数据完整、准确，核实性问题均能提供有效、真实的说明，" + "且资产账与财务账、资产实体均相符。"));
        l.add(
                qualitative(
                        "资产管理",
                        "资产管理合规性",
                        "资产管理内部制度健全",
                        "制定内部管理制度",
                        "已制定",
                        "2",
                        "2",
                        "本部门已制定行政事业性国有资产管理内部管理制度，本年度无巡视、审计、监督检查工作。"));
        l.add(
                leaf(
                        M,
                        "资产管理",
                        "固定资产利用率",
                        "固定资产利用率",
                        "≥",
                        n("90"),
                        "%",
                        n("100"),
                        "2",
                        "固定资产利用率",
                        "2",
                        "固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%=1952.31万元÷1952.31万元×100%=100%，"
                                + "比率≥90%。"));
        // The report prints 9 although its six items add up to 10.
        l.add(IndicatorLine.subtotal(M, "资产管理", n("10"), n(corrected ? "10" : "9")));

        l.add(
                leaf(
                        M,
                        "运行成本",
                        "公用经费控制率",
                        "公用经费控制率",
                        "≤",
                        n("0"),
                        "%",
                        n("-0.88"),
                        "2",
                        "公用经费控制率",
                        "2",
                        "公用经费控制率=（实际支出公用经费总额-预算安排公用经费总额）/预算安排公用经费总额×100%"
                                + "=（1139.68万元-1149.77万元）/1149.77万元×100%=-0.88%，控制率≤0。"));
        // The report prints a self-score of 3 for an item worth 2.
        l.add(
                leaf(
                        M,
                        "运行成本",
                        "“三公”经费控制情况",
                        "“三公”经费实际支出不超过预算",
                        "≤",
                        n("155.55"),
                        "万元",
                        n("145.46"),
                        "2",
                        "三公经费控制",
                        corrected ? "2" : "3",
                        "本部门“三公”经费实际支出数145.46万元，少于预算安排的“三公”经费数155.55万元。"));
        l.add(IndicatorLine.subtotal(M, "运行成本", n("4"), n("4")));
        l.add(IndicatorLine.subtotal(M, null, n("50"), n("48")));
        l.add(IndicatorLine.total(n("100"), n("94.98")));
        return List.copyOf(l);
    }

    private static IndicatorLine leaf(
            String l1,
            String l2,
            String l3,
            String content,
            String nature,
            Object target,
            String unit,
            Object actual,
            String weight,
            String method,
            String score,
            String explanation) {
        return new IndicatorLine(
                l1,
                l2,
                l3,
                content,
                nature,
                target,
                unit,
                actual,
                n(weight),
                method,
                n(score),
                explanation);
    }

    private static IndicatorLine qualitative(
            String l2,
            String l3,
            String content,
            String target,
            String actual,
            String weight,
            String score,
            String explanation) {
        return leaf(
                M, l2, l3, content, "定性", target, null, actual, weight, "定性", score, explanation);
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }
}
