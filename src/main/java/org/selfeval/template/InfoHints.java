package org.selfeval.template;

import java.util.Map;

/**
 * What staff should type for each key of 基本信息 (shown beside the cell and in 填报说明); 管理指标数据 hints are
 * the framework's.
 */
final class InfoHints {

    private InfoHints() {}

    private static final Map<String, String> INFO =
            Map.ofEntries(
                    Map.entry("部门名称", "部门全称，与部门名单一致，如“××县农业农村局”。必填。"),
                    Map.entry("评价年度", "四位数字年份，如 2023。必填。"),
                    Map.entry("金额单位", "固定为“万元”，全部金额按万元填写，保留两位小数。"),
                    Map.entry("主要职责", "每条职责占一行（单元格内换行按 Alt+Enter），不写“(1)”等序号，报告自动编号。"),
                    Map.entry("内设机构", "内设机构名称，用顿号“、”分隔；报告自动统计个数。"),
                    Map.entry("派出机构", "派出机构名称，用顿号“、”分隔；没有可留空。"),
                    Map.entry("下属单位", "下属单位情况，如“4个：其中3个非独立预算单位，包括：……；1个独立预算单位：……。”"),
                    Map.entry("年度总体工作", "本部门年度总体工作，一段文字，如“一是……，二是……”。"),
                    Map.entry("重点工作任务", "年度重点工作任务，一段文字，如“一是……；二是……”。"),
                    Map.entry("二级项目个数", "开展绩效自评的二级项目个数（整数）。"),
                    Map.entry("二级项目资金", "二级项目涉及资金（万元）；全部项目都自评时应等于支出决算“项目支出”。"),
                    Map.entry("整体支出自评金额", "部门整体支出绩效自评涉及的支出（万元）；应等于支出决算“合计”。"),
                    Map.entry("绩效管理情况", "对预算编制、执行及使用效益的总体评价；二级项目个数、资金等数字由报告自动写入，这里只写评价。"),
                    Map.entry("整体绩效完成情况", "本部门整体绩效实际完成情况，一段文字。"),
                    Map.entry("重点项目执行说明", "重点项目实际支出率低于90%时必须说明原因；也可在“重点项目”表逐项填写执行说明。"),
                    Map.entry("主要工作成效", "每段一行；小标题（如“1.持续优化服务供给，……”）单独占一行。"),
                    Map.entry("存在的主要问题", "存在的主要问题及原因，一段文字。"),
                    Map.entry("下一步改进措施", "下一步改进措施，一段文字。"),
                    Map.entry("填报人", "填报人姓名（可不填）。"),
                    Map.entry("联系电话", "填报人联系电话（可不填）。"),
                    Map.entry("指标体系", "本模板所用指标体系的名称，已预填，请勿修改；系统按它校验和评分。"));

    static String of(String key) {
        return INFO.getOrDefault(key, "");
    }
}
