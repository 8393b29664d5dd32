package org.selfeval.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * The 2023 Guangzhou district indicator tree (DESIGN.md, Scoring) as far as the template pre-fills it: the
 * 一级 and 二级 of 履职效能 and the whole 管理效率 tree with weights and, for formula indicators, their method.
 */
final class IndicatorTree {

    record Leaf(String name, BigDecimal weight, String method) {
    }

    record Group(String name, BigDecimal weight, List<Leaf> leaves) {
    }

    static final String PERFORMANCE = "履职效能";
    static final String MANAGEMENT = "管理效率";
    static final String OUTPUT = "产出指标";
    static final String BENEFIT = "效益指标";
    static final String SPENDING_RATE = "部门预算资金支出率";

    static final List<String> LEVEL1 = List.of(PERFORMANCE, MANAGEMENT, "合计");

    /** 三级 names under 产出指标 and 效益指标 (the department's own indicators sit in 指标内容). */
    static final List<String> PERFORMANCE_LEVEL3 = List.of("数量指标", "质量指标", "时效指标", "成本指标",
            "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "满意度指标");

    static final List<Group> MANAGEMENT_GROUPS = List.of(
            group("预算编制", "3", leaf("新增预算项目事前绩效评估", "3")),
            group("预算执行", "4", leaf("结转结余率", "2", "结转结余率"), leaf("财务管理合规性", "2")),
            group("信息公开", "4", leaf("预决算信息公开合规性", "2"), leaf("绩效信息公开情况", "2")),
            group("绩效管理", "15", leaf("绩效管理制度建设", "5"), leaf("绩效结果应用", "3"), leaf("绩效管理制度执行", "7")),
            group("采购管理", "10", leaf("采购意向公开合规性", "0.5"), leaf("采购意向公开时限", "1.5"),
                    leaf("采购内控制度建设", "1"), leaf("采购活动合规性", "2"), leaf("采购合同签订时效性", "3"),
                    leaf("合同备案时效性", "1", "合同备案时效"), leaf("采购政策效能", "1")),
            group("资产管理", "10", leaf("资产配置合规性", "2"), leaf("资产收益上缴的及时性", "1"), leaf("资产盘点情况", "1"),
                    leaf("数据质量", "2"), leaf("资产管理合规性", "2"), leaf("固定资产利用率", "2", "固定资产利用率")),
            group("运行成本", "4", leaf("公用经费控制率", "2", "公用经费控制率"),
                    leaf("“三公”经费控制情况", "2", "三公经费控制")));

    /** The 评分方法 dropdown: the names the scoring catalogue registers. */
    static final List<String> METHODS = org.selfeval.scoring.ScoringMethods.standard().names();

    private IndicatorTree() {
    }

    static List<String> level2Names() {
        return Stream.concat(Stream.of(OUTPUT, BENEFIT, SPENDING_RATE), MANAGEMENT_GROUPS.stream().map(Group::name))
                .toList();
    }

    static List<String> level3Names() {
        return Stream.concat(Stream.concat(PERFORMANCE_LEVEL3.stream(), Stream.of(SPENDING_RATE)),
                MANAGEMENT_GROUPS.stream().flatMap(g -> g.leaves().stream()).map(Leaf::name)).toList();
    }

    private static Group group(String name, String weight, Leaf... leaves) {
        return new Group(name, new BigDecimal(weight), List.of(leaves));
    }

    private static Leaf leaf(String name, String weight) {
        return new Leaf(name, new BigDecimal(weight), null);
    }

    private static Leaf leaf(String name, String weight, String method) {
        return new Leaf(name, new BigDecimal(weight), method);
    }
}
