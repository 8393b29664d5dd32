package org.selfeval.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.FormulaInput;
import org.selfeval.framework.Framework;
import org.selfeval.model.WorkbookContract;

/** 填报说明: what each sheet and field means and what to type, for staff who never read a manual. */
final class GuideSheet {

    private record Entry(String topic, String text) {}

    private GuideSheet() {}

    static XSSFSheet write(XSSFWorkbook wb, Framework framework, TemplateStyles styles) {
        XSSFSheet sheet = wb.createSheet(WorkbookContract.SHEET_GUIDE);
        Cell title = SheetScaffold.cell(sheet, 0, 0);
        title.setCellValue("部门整体支出绩效自评模板 填报说明");
        title.setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        int r = 2;
        for (Entry e : entries(framework)) {
            Cell topic = SheetScaffold.cell(sheet, r, 0);
            topic.setCellValue(e.topic());
            topic.setCellStyle(styles.guideHeading());
            Cell text = SheetScaffold.cell(sheet, r, 1);
            text.setCellValue(e.text());
            text.setCellStyle(styles.guide());
            r++;
        }
        SheetScaffold.widths(sheet, 22, 110);
        SheetScaffold.printLayout(sheet);
        SheetScaffold.protect(sheet, false);
        return sheet;
    }

    /** The formula methods the framework gives data to, in framework order. */
    static List<String> formulaMethods(Framework framework) {
        return framework.inputs().stream().map(FormulaInput::method).distinct().toList();
    }

    private static String ownGroups(IndicatorTree tree) {
        List<String> own = tree.ownGroups();
        if (own.isEmpty()) return "";
        String how =
                tree.hasCategories()
                        ? "三级指标从下拉列表选择类别，指标内容填具体指标（如“抽检15年以上老旧电梯数量”）。"
                        : "三级指标填本部门的指标名称（如“新建高标准农田面积”），指标内容可补充说明。";
        return String.join("、", own) + "请在预留空行填写本部门的指标：" + how;
    }

    private static String prefilled(IndicatorTree tree) {
        List<String> fixed = tree.prefilledLevel1();
        if (fixed.isEmpty()) return "";
        return String.join("、", fixed) + "的指标名称和分值已预填，只需填写指标内容、实际完成值、自评得分和完成情况说明。";
    }

    private static List<Entry> entries(Framework framework) {
        IndicatorTree tree = new IndicatorTree(framework);
        List<Entry> list = new ArrayList<>();
        list.add(
                new Entry(
                        "总体要求",
                        "一个部门一个年度为一份报送材料：可以是一个包含全部工作表的工作簿，"
                                + "也可以是一个文件夹，内放多个工作簿或 CSV 文件（CSV 文件名即工作表名，如“管理指标数据.csv”）。"
                                + "各表第一行是标题，第二行是表头（已锁定，请勿修改表头文字），从第三行起填写。"
                                + "金额单位一律为万元，保留两位小数；黄色单元格为自动计算。可以插入行，但不要删除或改名工作表。"));
        list.add(
                new Entry(
                        "数字的写法",
                        "金额可直接输入数字（如 22918.41），也可以输入“22,918.41”；百分比填数字（如 7.52），"
                                + "也接受“7.52%”。全角数字会被自动识别。不能识别的内容会在校验报告中指出所在单元格。"));
        list.add(
                new Entry(
                        WorkbookContract.SHEET_INFO,
                        "“项目”列已预填，在“内容”列逐项填写，右侧“填写提示”说明每项要求。"
                                + "部门名称、评价年度必填。数字项（二级项目个数、二级项目资金、整体支出自评金额、全年预算数）只填数字。"));
        for (KeyValueSheet.Key key : KeyValueSheet.infoKeys(framework)) {
            list.add(new Entry("  " + key.name(), key.hint()));
        }
        if (framework.fundsTable()) {
            list.add(
                    new Entry(
                            WorkbookContract.SHEET_FUNDS,
                            "项目 · 年初预算数 · 全年预算数 · 全年执行数 · 执行率(%) · 说明。"
                                    + "行已预填：年度资金总额，其中：本年财政拨款、上年结转资金、其他资金；年度资金总额应等于其下各行之和。"
                                    + "预算执行率 = 年度资金总额的全年执行数 ÷ 全年预算数，得分 = 执行率 × 分值（最高为分值），"
                                    + "执行率低于 90% 须在绩效指标表预算执行率一行说明原因；预算有追加、调减的在“说明”列写明。"));
        }
        list.add(
                new Entry(
                        WorkbookContract.SHEET_INCOME,
                        "项目 · 本年决算 · 上年决算 · 差异 · 差异率(%) · 差异说明。"
                                + "第一行“合计”，其下为各类收入（财政拨款收入、其他收入，可在空行补充其他收入类别）。"
                                + "合计应等于各明细之和。差异 = 本年 − 上年，差异率 = 差异 ÷ 上年 × 100（上年为 0 时为“—”），"
                                + "已自动计算，校验时会重新计算。明细行差异率绝对值达到 10% 的，必须填写差异说明。"));
        list.add(
                new Entry(
                        WorkbookContract.SHEET_EXPENDITURE,
                        "同收入决算：第一行“合计”，其下为基本支出、项目支出。"
                                + (framework.fundsTable()
                                        ? "支出合计与基本信息的整体支出自评金额核对（"
                                                + framework.budgetRateName()
                                                + "按“项目资金”表计算）"
                                        : "支出合计用于计算"
                                                + framework.budgetRateName()
                                                + "，并与基本信息的整体支出自评金额核对")
                                + "；项目支出与二级项目资金核对。"));
        list.add(
                new Entry(
                        WorkbookContract.SHEET_INDICATORS,
                        "一级指标 · 二级指标 · 三级指标 · 指标内容 · 指标性质 · 年度指标值 · "
                                + "计量单位 · 实际完成值 · 分值 · 评分方法 · 自评得分 · 完成情况说明。一个末级指标占一行。"
                                + "本模板按“"
                                + framework.title()
                                + "”（"
                                + framework.name()
                                + "）生成。"
                                + ownGroups(tree)
                                + prefilled(tree)));
        list.add(
                new Entry(
                        "  指标性质",
                        "≥（不低于目标，如“不少于150台”）、≤（不高于目标）、=（等于目标）、"
                                + "时限（在期限前完成，年度指标值填期限，如“2023年12月10日前”“9月底前”“年底前”“第三季度”，实际完成值填完成时间，如“7月”“2023年11月25日”；时效指标的指标性质留空时按时限评分）、定性（无法量化的评价）。"));
        list.add(
                new Entry(
                        "  年度指标值 / 实际完成值",
                        "填数字，单位写在“计量单位”列（台、宗、批次、%、万元/项……）；"
                                + "也接受照原文填写的“不少于150台”“≥50个”“≤90万元”“不低于90%”。定性指标填文字。"));
        list.add(
                new Entry(
                        "  小计行与合计行",
                        "每个二级指标之后有一行小计：指标内容填“小计”，一级指标、二级指标写明所属分组；"
                                + "每个一级指标之后有一行一级小计：指标内容填“小计”，二级指标留空；最后一行为总分，一级指标填“合计”。"
                                + "小计、合计行填写本部门汇总的分值和自评得分，系统会重新加总核对，不一致时在校验报告中指出。"));
        list.add(
                new Entry(
                        "  评分方法",
                        "支出率（支出率 × 分值，最高为分值）；正向（达到目标得满分，未达到按完成比例得分）；"
                                + "反向（不超过目标得满分）；等于；时限（按期完成得满分）；阈值（达到规定的比率或数值得满分，否则 0 分）；"
                                + "零容忍（出现一次即 0 分）；定性（保留部门自评得分，只核对不超过分值）。留空时按指标性质确定："
                                + "≥ 正向，≤ 反向，= 等于，时限 时限，定性 定性。"));
        if (!framework.inputs().isEmpty()) {
            list.add(
                    new Entry(
                            "  公式类指标",
                            String.join(
                                            "；",
                                            formulaMethods(framework).stream()
                                                    .map(
                                                            m ->
                                                                    m
                                                                            + "：取"
                                                                            + framework
                                                                                    .inputs()
                                                                                    .stream()
                                                                                    .filter(
                                                                                            i ->
                                                                                                    i.method()
                                                                                                            .equals(
                                                                                                                    m))
                                                                                    .map(
                                                                                            i ->
                                                                                                    "“"
                                                                                                            + i
                                                                                                                    .item()
                                                                                                            + "”")
                                                                                    .reduce(
                                                                                            (a,
                                                                                                    b) ->
                                                                                                    a
                                                                                                            + "、"
                                                                                                            + b)
                                                                                    .orElse(""))
                                                    .toList())
                                    + "。这些指标的数据填在“管理指标数据”表，计分规则见该表的填写提示。"));
        }
        list.add(
                new Entry(
                        "  自评得分",
                        "在 0 与分值之间。"
                                + framework.budgetRateName()
                                + " = "
                                + KeyValueSheet.budgetRateFormula(framework)
                                + "，得分 = "
                                + framework.budgetRateName()
                                + " × 分值（最高为分值）。"));
        list.add(
                new Entry(
                        WorkbookContract.SHEET_PROJECTS,
                        "序号 · 项目名称 · 年初预算 · 调整后预算 · 实际支出 · 实际支出率(%) · "
                                + "执行说明。实际支出率 = 实际支出 ÷ 调整后预算 × 100，已自动计算。实际支出率低于 90% 的项目必须说明原因"
                                + "（填在执行说明，或在基本信息“重点项目执行说明”中统一说明）。有实际支出而无调整后预算属于错误。"));
        list.add(
                new Entry(
                        WorkbookContract.SHEET_MANAGEMENT,
                        "公式类指标的原始数据，“项目”列已预填，在“数值”列填数字" + "（金额为万元，合同数为份）。"));
        for (KeyValueSheet.Key key : KeyValueSheet.managementKeys(framework)) {
            list.add(new Entry("  " + key.name(), key.hint()));
        }
        list.add(
                new Entry(
                        "分开报送",
                        "预算表（基本信息、收入决算、支出决算）、绩效指标、重点项目、管理指标数据可以由不同科室"
                                + "分别填写，放在同一个文件夹中报送；每个工作簿可以另带一份基本信息。"));
        return list;
    }
}
