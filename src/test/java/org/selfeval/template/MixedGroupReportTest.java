package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.evaluate.scoring.ScoringMethods;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.framework.FrameworkWorkbook;
import org.selfeval.model.Evaluation;
import org.selfeval.model.IndicatorScore;
import org.selfeval.publish.AtomicFiles;
import org.selfeval.report.Docx;
import org.selfeval.report.DocxRenderer;
import org.selfeval.report.RenderOptions;
import org.selfeval.testing.ClerkWorkbooks;
import org.selfeval.testing.ClerkWorkbooks.Filled;

/**
 * A county bureau's framework edited from caiyu-2020: its 一级 资金管理 15 has one 二级 资金管理 = 预算执行率 6
 * (支出率) + 结转结余控制 4 + 资金使用合规性 5; 产出指标 45. Filled on that framework's template, the report describes
 * all three indicators of the group, the budget figures only for the rate (its own 5.87 points, not
 * the group's), and prints each 实际完成值 beside its explanation.
 */
class MixedGroupReportTest {

    private static final String FUNDS = "资金管理";

    @TempDir Path dir;

    @Test
    void everyIndicatorOfAMixedGroupIsDescribed() throws Exception {
        Framework framework = countyFramework();
        Path workbook = dir.resolve("county-mixed.xlsx");
        try (XSSFWorkbook wb = CountyExample.workbook(framework, lines())) {
            ClerkWorkbooks.row(wb.getSheet("基本信息"), 0, "指标体系")
                    .getCell(1)
                    .setCellValue(framework.name());
            AtomicFiles.write(workbook, TemplateWriter.bytes(wb));
        }
        Evaluation e =
                ClerkWorkbooks.evaluate(
                        workbook, EvaluationConfig.GUANGZHOU_2023.withFramework(framework));
        String text = new Docx(new DocxRenderer(RenderOptions.defaults()).report(e)).allText();
        assertTrue(
                text.contains(
                        "（1）资金管理，分值15分，自评得分14.87分：一是预算执行率，分值6分，全年预算数3,530.00万元，"
                                + "执行数3,452.38万元，完成预算的97.80%，自评得分5.87分；二是结转结余控制，分值4分，实际完成值结转结余1.2%，"
                                + "结转结余控制在年初预算的2%以内，自评得分4分；三是资金使用合规性，分值5分，实际完成值未发现违规，"
                                + "资金使用符合财经纪律，自评得分5分。"),
                text);
        assertFalse(
                text.contains("完成预算的97.80%，自评得分14.87分"), "the group's score credited to the rate");
        // 实际完成值 10 户 of 12: printed beside an explanation that does not state it
        assertTrue(text.contains("指标值完成情况：10个，2个小区因拆迁推迟，下一步督促施工单位加快进度，自评得分"), text);
        assertEquals(
                1, text.split("（1）资金管理", -1).length - 1, "the itemised group is numbered once");
    }

    /**
     * The built-in examples: every indicator of every group is named in 各项工作任务绩效目标完成情况分析 (by the
     * framework's 三级 name or the department's own), and the budget-rate sentence is said once.
     */
    @Test
    void everyIndicatorOfTheBuiltInExamplesIsDescribed() throws Exception {
        for (Filled filled : List.of(ClerkWorkbooks.guangzhou(), ClerkWorkbooks.caiyu())) {
            Evaluation e = filled.evaluate();
            String text = new Docx(new DocxRenderer(RenderOptions.defaults()).report(e)).allText();
            String analysis =
                    text.substring(
                            text.indexOf("（二）各项工作任务绩效目标完成情况分析"),
                            text.indexOf("（三）各重点任务项目支出完成情况分析"));
            for (IndicatorScore leaf : e.scores().leaves()) {
                assertTrue(
                        analysis.contains(leaf.name())
                                || analysis.contains(leaf.row().level3().value()),
                        filled + ": " + leaf.name() + " not described\n" + analysis);
            }
            assertEquals(
                    1,
                    analysis.split("完成预算的", -1).length - 1,
                    filled + ": the budget-rate sentence once\n" + analysis);
        }
    }

    /** caiyu-2020 exported and edited in Excel as the bureau would. */
    private Framework countyFramework() throws IOException {
        Path exported = dir.resolve("caiyu.xlsx");
        Files.write(
                exported,
                FrameworkWorkbook.export(BuiltInFrameworks.get("caiyu-2020").orElseThrow()));
        Path edited = dir.resolve("指标体系.xlsx");
        ClerkWorkbooks.edit(
                exported,
                edited,
                wb -> {
                    Sheet info = wb.getSheet("框架信息");
                    ClerkWorkbooks.row(info, 0, "名称").getCell(1).setCellValue("qingshan-2024");
                    Sheet tree = wb.getSheet("指标体系");
                    for (Row r : tree) {
                        if ("预算执行率".equals(ClerkWorkbooks.text(r, 0))) {
                            r.getCell(0).setCellValue(FUNDS);
                            if (ClerkWorkbooks.text(r, 1).equals("预算执行率"))
                                r.getCell(1).setCellValue(FUNDS);
                            if (ClerkWorkbooks.text(r, 2).isEmpty()) r.getCell(3).setCellValue(15);
                            else r.getCell(3).setCellValue(6);
                        }
                        if ("产出指标".equals(ClerkWorkbooks.text(r, 0))
                                && ClerkWorkbooks.text(r, 1).isEmpty())
                            r.getCell(3).setCellValue(45);
                    }
                    for (Object[] leaf : new Object[][] {{"结转结余控制", 4}, {"资金使用合规性", 5}}) {
                        Row added = tree.createRow(tree.getLastRowNum() + 1);
                        added.createCell(0).setCellValue(FUNDS);
                        added.createCell(1).setCellValue(FUNDS);
                        added.createCell(2).setCellValue((String) leaf[0]);
                        added.createCell(3).setCellValue((Integer) leaf[1]);
                        added.createCell(4).setCellValue("定性");
                    }
                });
        return FrameworkWorkbook.load(edited, ScoringMethods.standard().names());
    }

    /** The example's rows with the 资金管理 group first and 成本指标 down to 7 points (产出 45). */
    private static List<IndicatorLine> lines() {
        List<IndicatorLine> l = new ArrayList<>();
        l.add(
                CountyExample.leaf(
                        FUNDS,
                        FUNDS,
                        "预算执行率",
                        null,
                        "≥",
                        n("100"),
                        "%",
                        n("97.80"),
                        "6",
                        "支出率",
                        "5.87",
                        "全年预算数3,530.00万元，全年执行数3,452.38万元，执行率97.80%。"));
        l.add(
                CountyExample.leaf(
                        FUNDS,
                        FUNDS,
                        "结转结余控制",
                        null,
                        "定性",
                        "控制在2%以内",
                        null,
                        "结转结余1.2%",
                        "4",
                        "定性",
                        "4",
                        "结转结余控制在年初预算的2%以内。"));
        l.add(
                CountyExample.leaf(
                        FUNDS,
                        FUNDS,
                        "资金使用合规性",
                        null,
                        "定性",
                        "无违规",
                        null,
                        "未发现违规",
                        "5",
                        "定性",
                        "5",
                        "资金使用符合财经纪律。"));
        l.add(IndicatorLine.subtotal(FUNDS, FUNDS, n("15"), n("14.87")));
        l.add(IndicatorLine.subtotal(FUNDS, null, n("15"), n("14.87")));
        for (IndicatorLine line : CountyExample.indicators(CountyExample.Version.CORRECTED)) {
            if ("预算执行率".equals(line.level1()) || "合计".equals(line.level1())) continue;
            if ("高标准农田亩均建设成本".equals(line.level3())) {
                line =
                        CountyExample.leaf(
                                "产出指标",
                                "成本指标",
                                line.level3(),
                                null,
                                "≤",
                                n("3000"),
                                "元/亩",
                                n("2950"),
                                "7",
                                "反向",
                                "7",
                                line.explanation());
            } else if ("成本指标".equals(line.level2()) && line.isSummary()) {
                line = IndicatorLine.subtotal("产出指标", "成本指标", n("7"), n("7"));
            } else if ("产出指标".equals(line.level1()) && line.level2() == null && line.isSummary()) {
                line = IndicatorLine.subtotal("产出指标", null, n("45"), n("44.68"));
            } else if ("农村户厕改造数量".equals(line.level3())) {
                line =
                        CountyExample.leaf(
                                "产出指标",
                                "数量指标",
                                "新建小区污水处理设施",
                                null,
                                "≥",
                                n("12"),
                                "个",
                                n("10"),
                                "7",
                                "正向",
                                "5.83",
                                "2个小区因拆迁推迟，下一步督促施工单位加快进度。");
            }
            l.add(line);
        }
        l.add(IndicatorLine.total(n("100"), n("95.55")));
        return l;
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }
}
