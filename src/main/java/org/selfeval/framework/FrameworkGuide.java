package org.selfeval.framework;

import java.util.List;

/**
 * The 说明 sheet of a framework workbook: what each sheet means and how to change it, for a finance
 * officer.
 */
final class FrameworkGuide {

    private FrameworkGuide() {}

    static List<String[]> lines(Framework f) {
        return List.of(
                new String[] {
                    "指标体系工作簿",
                    f.label()
                            + "。修改后用 selfeval templates --framework 本文件 生成填报模板，"
                            + "校验、转换时同样加 --framework 本文件（或把本文件放在收件文件夹旁，命名为“指标体系.xlsx”）。"
                },
                new String[] {"", ""},
                new String[] {
                    FrameworkLayout.INFO,
                    "名称：命令行中使用的简短名称（字母、数字、短横线，如 guangzhou-2024）；"
                            + "标题：指标体系的全称；年度：适用年度。改了指标体系请同时改名称，以免与内置的混淆。"
                            + "项目资金表：填“是”时，填报模板增加“项目资金”表（年度资金总额、本年财政拨款、上年结转资金、其他资金的"
                            + "年初预算数、全年预算数、全年执行数），预算执行率按该表计算；填“否”时按基本信息的全年预算数和支出决算的合计计算。"
                },
                new String[] {
                    FrameworkLayout.TREE,
                    "每行一个指标。只填一级指标和分值的行定义一级指标；填了一级、二级指标而三级"
                            + "指标留空的行定义二级指标；三级指标也填了的行定义一个预填在模板中的三级指标。"
                            + "一级指标分值之和应为 100；二级指标填了分值的，其下三级指标分值之和应等于它；"
                            + "各二级指标都填了分值的，其和应等于一级指标分值。"
                },
                new String[] {
                    "  部门自填行数",
                    "二级指标行填写：模板为部门自定指标预留的空行数（如产出指标 8 行）。" + "这类二级指标下的指标由部门自己填写，系统只核对二级分值。"
                },
                new String[] {
                    "  三级指标类别", "二级指标行填写：部门自填指标可选的三级指标（类别），用顿号分隔，" + "如“数量指标、质量指标、时效指标、成本指标”。"
                },
                new String[] {
                    "  指标性质、评分方法",
                    "三级指标行可填：指标性质为 ≥、≤、=、时限、定性；评分方法留空时按指标性质评分；"
                            + "公式类评分方法（公用经费控制率、三公经费控制、固定资产利用率、结转结余率、合同备案时效）的数据见“公式指标”表。"
                },
                new String[] {"  指标内容、年度指标值、计量单位", "预填到模板的标准写法（如预算执行率的“≥ 100 %”），可留空。"},
                new String[] {
                    "  改名", "指标改名后，模板、校验、评分、报告和汇总表都使用新名称；名称中的引号（“”或\"\"）、" + "全角半角和空格不影响匹配。"
                },
                new String[] {
                    FrameworkLayout.INPUTS,
                    "公式类评分方法从填报模板“管理指标数据”表读取的数据：评分方法、参数（该方法中的"
                            + "角色，如实际、预算，请勿修改）、数据项（“管理指标数据”中的项目名称，可改名）、单位、填写提示。"
                },
                new String[] {FrameworkLayout.GRADES, "等级和最低分：总分不低于最低分即为该等级，如 优 90、良 80、中 60、差 0。"},
                new String[] {
                    FrameworkLayout.RULES,
                    "（可选）各校验规则的严重程度（错误、警告、提示）和容差、阈值，键与 selfeval.properties 相同，"
                            + "如 severity.R-X-INCOME = 警告、threshold.variance-rate = 20。这里的值随指标体系生效；"
                            + "运行时另用 --config 或 selfeval.properties 指定的值优先。删除此表即全部使用内置值。"
                },
                new String[] {"", ""},
                new String[] {
                    "检查",
                    "读取本工作簿时会检查全部内容：分值是否为数字、各级分值之和是否一致、指标是否重复、"
                            + "评分方法是否可用；有问题时逐条指出“工作表!单元格”和改法，不会使用有问题的指标体系。"
                });
    }
}
