package org.selfeval.framework;

import java.util.List;

/**
 * The 说明 sheet of a project framework workbook: what each sheet means and how a bureau changes it.
 */
final class ProjectFrameworkGuide {

    private ProjectFrameworkGuide() {}

    static List<String[]> lines(ProjectFramework f) {
        return List.of(
                new String[] {
                    "项目指标体系工作簿",
                    f.titleWithName()
                            + "。修改后用 selfeval templates --framework 本文件 生成项目支出绩效自评模板，"
                            + "校验、转换时同样加 --framework 本文件。"
                },
                new String[] {"", ""},
                new String[] {
                    FrameworkLayout.INFO,
                    "名称：命令行中使用的简短名称（字母、数字、短横线，如 project-hunan-2024）；标题：自评表的全称；"
                            + "年度：适用年度；类型：固定为“项目支出”，请勿修改；预算执行率分值：项目资金表的分值（全国表为 10 分），"
                            + "与各一级指标分值之和应为 100。改了内容请同时改名称，以免与内置的混淆。"
                },
                new String[] {
                    ProjectFrameworkLayout.TABLE,
                    "自评表中各列、各行的名称。“部分”和“含义”请勿修改（程序据此识别），"
                            + "“名称”可以改为本地区自评表的写法，如把“全年预算数”改为“调整后预算数”。项目资金的“明细行”可增删；"
                            + "绩效指标可增加含义为“指标性质”“度量单位”的列（行的先后即模板中列的先后）。"
                },
                new String[] {
                    ProjectFrameworkLayout.TREE,
                    "只填一级指标和分值的行定义一级指标（如 产出指标 50）；填了一级、二级指标的行定义"
                            + "可选的二级指标（如 数量指标），二级指标不设分值。三级指标由部门在自评表中自己填写。"
                },
                new String[] {FrameworkLayout.GRADES, "等级和最低分：总分不低于最低分即为该等级，如 优 90、良 80、中 60、差 0。"},
                new String[] {
                    ProjectFrameworkLayout.RULES,
                    "（可选）本地区的评分规则，每行一条：规则（名称）；适用于（总分 或 指标得分）；"
                            + "条件，如“执行率≥70%且<80%”“执行率<50%”“超出年度指标值≥30%”（≥、≤ 含边界，>、< 不含）；"
                            + "处理，如“最高89分”（封顶）或“扣2分”；提示（规则生效时校验报告中的说明，可留空）。"
                            + "同一得分有几条封顶规则同时生效时，按最低的封顶。内置的两类规则（按执行率封顶总分、超出目标 30% 及以上扣 2 分）"
                            + "是某省预算管理一体化系统的做法，仅作示例，请按本地区的规定修改或删除。删除此表即不使用评分规则。"
                },
                new String[] {"", ""},
                new String[] {
                    "检查",
                    "读取本工作簿时会检查全部内容：分值是否为数字、分值之和是否为 100、名称是否重复、评分规则能否识别；"
                            + "有问题时逐条指出“工作表!单元格”和改法，不会使用有问题的指标体系。"
                });
    }
}
