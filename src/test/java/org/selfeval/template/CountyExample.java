package org.selfeval.template;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.model.WorkbookContract;
import org.selfeval.publish.AtomicFiles;

/**
 * The caiyu-2020 example: an invented county department (青山县农业农村局, 2023) filling the national
 * self-evaluation table of 财预〔2020〕10号. Its figures agree with each other; the as-published copy
 * carries the slip most often seen in published tables of this kind: full marks for a target that
 * was missed.
 */
final class CountyExample {

    /**
     * MONTHS: the corrected figures as many real tables are written — deadlines as months ("9月前",
     * "年底前") with 指标性质 and 评分方法 left blank, and spending over the budget (全年预算数 3,450.00, executed
     * 3,452.38).
     */
    enum Version {
        AS_PUBLISHED,
        CORRECTED,
        MONTHS
    }

    static final Framework FRAMEWORK = BuiltInFrameworks.get("caiyu-2020").orElseThrow();
    static final String DEPARTMENT = "青山县农业农村局";
    static final String CORRECTED_FILE = "qingshan-agri-2023-corrected.xlsx";
    static final String AS_PUBLISHED_FILE = "qingshan-agri-2023-as-published.xlsx";
    static final String MONTHS_FILE = "qingshan-agri-2023-months-overrun.xlsx";

    private static final String OUT = "产出指标", BEN = "效益指标", SAT = "满意度指标", RATE = "预算执行率";

    private CountyExample() {}

    static String fileName(Version v) {
        return switch (v) {
            case AS_PUBLISHED -> AS_PUBLISHED_FILE;
            case CORRECTED -> CORRECTED_FILE;
            case MONTHS -> MONTHS_FILE;
        };
    }

    static void writeAll(Path dir) throws IOException {
        for (Version v : Version.values()) {
            try (XSSFWorkbook wb = workbook(v)) {
                AtomicFiles.write(dir.resolve(fileName(v)), TemplateWriter.bytes(wb));
            }
        }
    }

    static XSSFWorkbook workbook(Version version) {
        XSSFWorkbook wb = workbook(FRAMEWORK, indicators(version));
        if (version == Version.MONTHS) overrun(wb);
        return wb;
    }

    /** 全年预算数 cut to 3,450.00 while 3,452.38 was spent: 本年财政拨款 ran 10.18 over its 3,240.00. */
    private static void overrun(XSSFWorkbook wb) {
        ReferenceExample.setByKey(
                wb.getSheet(WorkbookContract.SHEET_INFO), "全年预算数", new BigDecimal("3450.00"));
        XSSFSheet funds = wb.getSheet(WorkbookContract.SHEET_FUNDS);
        funds(
                funds,
                WorkbookContract.FUNDS_TOTAL,
                "3300.00",
                "3450.00",
                "3452.38",
                "100.07",
                "年中追加高标准农田建设补助150万元。");
        funds(funds, "其中：本年财政拨款", "3100.00", "3240.00", "3250.18", "100.31", null);
    }

    /**
     * The example's figures on another framework's template (one edited from caiyu-2020), with
     * these 绩效指标 rows.
     */
    static XSSFWorkbook workbook(Framework framework, List<IndicatorLine> indicatorLines) {
        XSSFWorkbook wb = new TemplateWriter(framework).build(indicatorLines);
        XSSFSheet info = wb.getSheet(WorkbookContract.SHEET_INFO);
        ReferenceExample.setByKey(info, "部门名称", DEPARTMENT);
        ReferenceExample.setByKey(info, "评价年度", new BigDecimal("2023"));
        ReferenceExample.setByKey(
                info,
                "主要职责",
                String.join(
                        "\n",
                        "贯彻执行国家和省、市有关农业农村工作的方针政策和法律法规，拟订全县农业农村发展规划并组织实施。",
                        "负责全县高标准农田建设、耕地质量保护和农业面源污染治理。",
                        "负责动物疫病防控、农产品质量安全监管和农业综合执法。",
                        "统筹推进农村人居环境整治和乡村建设。"));
        ReferenceExample.setByKey(info, "内设机构", "办公室、计划财务股、农田建设管理股、畜牧兽医股、农产品质量安全股、乡村建设股");
        ReferenceExample.setByKey(
                info, "下属单位", "2个：其中1个非独立预算单位，包括：县农业技术推广中心；1个独立预算单位：县动物疫病预防控制中心。");
        ReferenceExample.setByKey(
                info,
                "年度总体工作",
                "预期目标：新建高标准农田2.5万亩，重大动物疫病强制免疫密度保持在90%以上，"
                        + "完成农村户厕改造1200户，农产品质量安全抽检合格率不低于98%，带动项目区农民增收800万元以上。");
        ReferenceExample.setByKey(info, "重点工作任务", "一是高标准农田建设；二是重大动物疫病防控；三是农村人居环境整治。");
        ReferenceExample.setByKey(info, "二级项目个数", new BigDecimal("12"));
        ReferenceExample.setByKey(info, "二级项目资金", new BigDecimal("2165.93"));
        ReferenceExample.setByKey(info, "整体支出自评金额", new BigDecimal("3452.38"));
        ReferenceExample.setByKey(info, "全年预算数", new BigDecimal("3530.00"));
        ReferenceExample.setByKey(info, "绩效管理情况", "本部门按规定编制整体绩效目标，开展绩效运行监控，年度预算执行总体较好。");
        ReferenceExample.setByKey(
                info,
                "整体绩效完成情况",
                "实际完成情况：新建高标准农田2.6万亩并通过验收，强制免疫应免密度95.6%，"
                        + "完成农村户厕改造1150户，农产品质量安全抽检合格率97.5%，带动项目区农民增收850万元。");
        ReferenceExample.setByKey(
                info, "重点项目执行说明", "农村人居环境整治经费执行率84.00%，主要是部分村户厕改造因用地协调推迟开工，" + "剩余资金已按规定收回统筹。");
        ReferenceExample.setByKey(
                info,
                "主要工作成效",
                String.join(
                        "\n",
                        "1.农田建设提质增效",
                        "全年新建高标准农田2.6万亩，项目区粮食单产提高约8%。",
                        "2.动物疫病防控有力",
                        "全年未发生区域性重大动物疫情。"));
        ReferenceExample.setByKey(info, "存在的主要问题", "农村户厕改造进度滞后于计划，农产品质量安全抽检合格率未达到年度目标。");
        ReferenceExample.setByKey(info, "下一步改进措施", "提前做好用地协调和施工组织，加强农产品生产过程监管和抽检后的整改跟踪。");
        XSSFSheet funds = wb.getSheet(WorkbookContract.SHEET_FUNDS);
        // 3,300 + 230 追加 = 3,530; the execution rate is 3,452.38 ÷ 3,530.00, the same figures as
        // 基本信息 and 支出决算
        funds(
                funds,
                WorkbookContract.FUNDS_TOTAL,
                "3300.00",
                "3530.00",
                "3452.38",
                "97.80",
                "年中追加高标准农田建设补助230万元。");
        funds(funds, "其中：本年财政拨款", "3100.00", "3320.00", "3250.18", "97.89", null);
        funds(funds, "上年结转资金", "120.00", "130.00", "122.60", "94.31", null);
        funds(funds, "其他资金", "80.00", "80.00", "79.60", "99.50", null);
        XSSFSheet income = wb.getSheet(WorkbookContract.SHEET_INCOME);
        comparison(income, WorkbookContract.TOTAL, "3486.20", "3215.47", "270.73", "8.42", null);
        comparison(income, "财政拨款收入", "3402.60", "3130.12", "272.48", "8.71", null);
        comparison(income, "其他收入", "83.60", "85.35", "-1.75", "-2.05", null);
        XSSFSheet spending = wb.getSheet(WorkbookContract.SHEET_EXPENDITURE);
        comparison(spending, WorkbookContract.TOTAL, "3452.38", "3198.05", "254.33", "7.95", null);
        comparison(spending, "基本支出", "1286.45", "1251.30", "35.15", "2.81", null);
        comparison(
                spending,
                "项目支出",
                "2165.93",
                "1946.75",
                "219.18",
                "11.26",
                "主要原因：本年度新增高标准农田建设任务，上级补助资金相应增加。");
        XSSFSheet projects = wb.getSheet(WorkbookContract.SHEET_PROJECTS);
        project(projects, 0, "高标准农田建设补助资金", "900.00", "1050.00", "1032.60", "98.34");
        project(projects, 1, "重大动物疫病防控经费", "180.00", "180.00", "171.25", "95.14");
        project(projects, 2, "农村人居环境整治经费", "400.00", "360.00", "302.40", "84.00");
        return wb;
    }

    /** The 绩效指标 rows in the template's order, walked from the framework's groups. */
    static List<IndicatorLine> indicators(Version version) {
        boolean corrected = version != Version.AS_PUBLISHED;
        boolean months = version == Version.MONTHS;
        List<IndicatorLine> l = new ArrayList<>();
        if (months) {
            l.add(
                    leaf(
                            RATE,
                            RATE,
                            RATE,
                            null,
                            "≥",
                            n("100"),
                            "%",
                            n("100.07"),
                            "10",
                            "支出率",
                            "10",
                            "全年预算数3,450.00万元，全年执行数3,452.38万元，执行率100.07%；超出的2.38万元为本年财政拨款，正在核对资金来源。"));
            l.add(IndicatorLine.subtotal(RATE, null, n("10"), n("10")));
        } else {
            l.add(
                    leaf(
                            RATE,
                            RATE,
                            RATE,
                            null,
                            "≥",
                            n("100"),
                            "%",
                            n("97.80"),
                            "10",
                            "支出率",
                            "9.78",
                            "全年预算数3,530.00万元，全年执行数3,452.38万元，执行率97.80%。"));
            l.add(IndicatorLine.subtotal(RATE, null, n("10"), n("9.78")));
        }
        l.add(
                leaf(
                        OUT,
                        "数量指标",
                        "新建高标准农田面积",
                        null,
                        "≥",
                        n("2.5"),
                        "万亩",
                        n("2.6"),
                        "8",
                        "正向",
                        "8",
                        "新建高标准农田2.6万亩，已完成。"));
        l.add(
                leaf(
                        OUT,
                        "数量指标",
                        "动物强制免疫应免密度",
                        null,
                        "≥",
                        n("90"),
                        "%",
                        n("95.6"),
                        "7",
                        "正向",
                        "7",
                        "应免密度95.6%，已完成。"));
        // Missed (1,150 of 1,200): 7 × 1150 ÷ 1200 = 6.71; the published table gave full marks.
        l.add(
                leaf(
                        OUT,
                        "数量指标",
                        "农村户厕改造数量",
                        null,
                        "≥",
                        n("1200"),
                        "户",
                        n("1150"),
                        "7",
                        "正向",
                        corrected ? "6.71" : "7",
                        "部分村因用地协调推迟开工，完成1150户；下一步提前做好用地协调。"));
        l.add(IndicatorLine.subtotal(OUT, "数量指标", n("22"), n(corrected ? "21.71" : "22")));
        l.add(
                leaf(
                        OUT,
                        "质量指标",
                        "高标准农田验收合格率",
                        null,
                        "=",
                        n("100"),
                        "%",
                        n("100"),
                        "6",
                        "等于",
                        "6",
                        "全部通过验收。"));
        l.add(
                leaf(
                        OUT,
                        "质量指标",
                        "农产品质量安全抽检合格率",
                        null,
                        "≥",
                        n("98"),
                        "%",
                        n("97.5"),
                        "6",
                        "正向",
                        "5.97",
                        "抽检合格率97.5%，未达到目标；已加强生产过程监管。"));
        l.add(IndicatorLine.subtotal(OUT, "质量指标", n("12"), n("11.97")));
        if (months) { // as published tables write deadlines: months, 指标性质 and 评分方法 blank
            l.add(
                    leaf(
                            OUT,
                            "时效指标",
                            "高标准农田开工时限",
                            null,
                            null,
                            "9月前",
                            null,
                            "7月",
                            "2",
                            null,
                            "2",
                            "7月全部开工。"));
            l.add(
                    leaf(
                            OUT,
                            "时效指标",
                            "户厕改造完工时限",
                            null,
                            null,
                            "年底前",
                            null,
                            "2023年11月",
                            "2",
                            null,
                            "2",
                            "11月完成年度改造任务。"));
        } else {
            l.add(
                    leaf(
                            OUT,
                            "时效指标",
                            "项目完成时限",
                            null,
                            "时限",
                            "2023年11月30日前",
                            null,
                            "2023年11月25日",
                            "4",
                            "时限",
                            "4",
                            "2023年11月25日全部完工。"));
        }
        l.add(IndicatorLine.subtotal(OUT, "时效指标", n("4"), n("4")));
        l.add(
                leaf(
                        OUT,
                        "成本指标",
                        "高标准农田亩均建设成本",
                        null,
                        "≤",
                        n("3000"),
                        "元/亩",
                        n("2950"),
                        "12",
                        "反向",
                        "12",
                        "亩均建设成本2950元，控制在目标以内。"));
        l.add(IndicatorLine.subtotal(OUT, "成本指标", n("12"), n("12")));
        l.add(IndicatorLine.subtotal(OUT, null, n("50"), n(corrected ? "49.68" : "49.97")));
        l.add(
                leaf(
                        BEN,
                        "经济效益指标",
                        "带动项目区农民增收",
                        null,
                        "≥",
                        n("800"),
                        "万元",
                        n("850"),
                        "8",
                        "正向",
                        "8",
                        "带动农民增收850万元。"));
        l.add(IndicatorLine.subtotal(BEN, "经济效益指标", n("8"), n("8")));
        l.add(
                leaf(
                        BEN,
                        "社会效益指标",
                        "受益农户数",
                        null,
                        "≥",
                        n("5000"),
                        "户",
                        n("5230"),
                        "6",
                        "正向",
                        "6",
                        "受益农户5230户。"));
        l.add(
                leaf(
                        BEN,
                        "社会效益指标",
                        "农村卫生厕所普及率",
                        null,
                        "≥",
                        n("85"),
                        "%",
                        n("86.5"),
                        "6",
                        "正向",
                        "6",
                        "普及率86.5%。"));
        l.add(IndicatorLine.subtotal(BEN, "社会效益指标", n("12"), n("12")));
        l.add(
                leaf(
                        BEN,
                        "生态效益指标",
                        "化肥使用量",
                        null,
                        "定性",
                        "较上年减少",
                        null,
                        "较上年减少3.2%",
                        "5",
                        "定性",
                        "5",
                        "达成预期指标。"));
        l.add(IndicatorLine.subtotal(BEN, "生态效益指标", n("5"), n("5")));
        l.add(
                leaf(
                        BEN,
                        "可持续影响指标",
                        "农田设施管护机制",
                        null,
                        "定性",
                        "建立长效管护机制",
                        null,
                        "已建立",
                        "5",
                        "定性",
                        "5",
                        "效果明显。"));
        l.add(IndicatorLine.subtotal(BEN, "可持续影响指标", n("5"), n("5")));
        l.add(IndicatorLine.subtotal(BEN, null, n("30"), n("30")));
        l.add(
                leaf(
                        SAT,
                        "服务对象满意度指标",
                        "项目区农户满意度",
                        null,
                        "≥",
                        n("90"),
                        "%",
                        n("93.5"),
                        "10",
                        "正向",
                        "10",
                        "抽样调查满意度93.5%。"));
        l.add(IndicatorLine.subtotal(SAT, "服务对象满意度指标", n("10"), n("10")));
        l.add(IndicatorLine.subtotal(SAT, null, n("10"), n("10")));
        l.add(IndicatorLine.total(n("100"), n(months ? "99.68" : corrected ? "99.46" : "99.75")));
        return List.copyOf(l);
    }

    private static void comparison(
            XSSFSheet s,
            String label,
            String current,
            String previous,
            String difference,
            String rate,
            String explanation) {
        int r = ReferenceExample.rowOf(s, label);
        ReferenceExample.number(s, r, ComparisonSheet.CURRENT, current);
        ReferenceExample.number(s, r, ComparisonSheet.PREVIOUS, previous);
        ReferenceExample.number(s, r, ComparisonSheet.DIFFERENCE, difference);
        ReferenceExample.number(s, r, ComparisonSheet.RATE, rate);
        if (explanation != null)
            SheetScaffold.cell(s, r, ComparisonSheet.EXPLANATION).setCellValue(explanation);
    }

    private static void funds(
            XSSFSheet s,
            String label,
            String initial,
            String annual,
            String executed,
            String rate,
            String explanation) {
        int r = ReferenceExample.rowOf(s, label);
        ReferenceExample.number(s, r, FundsSheet.INITIAL, initial);
        ReferenceExample.number(s, r, FundsSheet.ANNUAL, annual);
        ReferenceExample.number(s, r, FundsSheet.EXECUTED, executed);
        ReferenceExample.number(s, r, FundsSheet.RATE, rate);
        if (explanation != null)
            SheetScaffold.cell(s, r, FundsSheet.EXPLANATION).setCellValue(explanation);
    }

    private static void project(
            XSSFSheet s,
            int index,
            String name,
            String initial,
            String adjusted,
            String spent,
            String rate) {
        int r = TemplateLayout.FIRST_DATA_ROW + index;
        ReferenceExample.number(s, r, ProjectSheet.NUMBER, String.valueOf(index + 1));
        SheetScaffold.cell(s, r, ProjectSheet.NAME).setCellValue(name);
        ReferenceExample.number(s, r, ProjectSheet.INITIAL, initial);
        ReferenceExample.number(s, r, ProjectSheet.ADJUSTED, adjusted);
        ReferenceExample.number(s, r, ProjectSheet.SPENT, spent);
        ReferenceExample.number(s, r, ProjectSheet.RATE, rate);
    }

    static IndicatorLine leaf(
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

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }
}
