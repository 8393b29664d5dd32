package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTTrPrBase;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.CellRef;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKinds;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.Status;

/**
 * The report and the 校验报告 of the real examples (input-templates/examples), reopened with docx4j.
 */
class DocxRendererTest {

    static final Clock FIXED = Clock.fixed(Instant.parse("2024-03-31T08:00:00Z"), ZoneOffset.UTC);

    /** The real stages' finding kinds, as the commands' wiring gives them to the renderer. */
    static final FindingKinds KINDS =
            Pipeline.findingKinds(new SubmissionReader(), new Evaluator());

    static final DocxRenderer RENDERER =
            new DocxRenderer(RenderOptions.defaults().withClock(FIXED).withFindingKinds(KINDS));

    static Evaluation corrected;
    static byte[] bytes;
    static Docx report;

    @BeforeAll
    static void render() throws Exception {
        Outcome outcome = RealExamples.convert(RealExamples.CORRECTED, RENDERER);
        assertEquals(Status.CONVERTED, outcome.status(), outcome.findings().toString());
        corrected = outcome.evaluation();
        bytes = outcome.report();
        Path out = Path.of("target", "test-output");
        Files.createDirectories(out);
        Files.write(out.resolve("report.docx"), bytes);
        report = new Docx(bytes);
    }

    @Test
    void headingsFollowTheReferenceOutline() {
        assertEquals(List.of("2023年度广州市花都区市场监督管理局部门整体支出绩效自评报告"), report.texts("Title"));
        assertEquals(
                List.of(
                        "一、基本情况",
                        "（一）部门概况",
                        "（二）年度总体工作和重点工作任务",
                        "（三）部门整体收支情况",
                        "（四）部门整体绩效管理情况",
                        "二、综合评价分析",
                        "（一）自评结论综述",
                        "（二）各项工作任务绩效目标完成情况分析",
                        "（三）各重点任务项目支出完成情况分析",
                        "（四）主要工作成效",
                        "三、存在的主要问题",
                        "四、下一步改进措施",
                        "附表"),
                report.texts("Heading1", "Heading2"));
        List<String> h3 = report.texts("Heading3");
        assertEquals(
                List.of("1. 部门主要职责", "2. 部门内设机构", "3. 部门下属机构", "1. 收入支出总体情况", "2. 收入支出结构分析"),
                h3.subList(0, 5));
        assertTrue(h3.contains("1. 履职效能分值50分，自评得分46.98分。其中："), h3.toString());
        assertTrue(h3.contains("2. 管理效率分值50分，自评得分48分。"), h3.toString());
        assertTrue(h3.contains("1. 持续加强党的全面领导和党的建设，提升队伍干事创业能力。"), h3.toString());
        assertTrue(h3.contains("5. 持续深化隐患治理，提升城市安全承载力。"), h3.toString());
    }

    @Test
    void dutiesAreNumberedOnce() {
        List<String> body = report.texts("BodyText");
        assertTrue(body.get(0).startsWith("（1）负责市场综合监督管理"), body.get(0));
        assertTrue(body.get(1).startsWith("（2）负责市场主体统一登记注册"), body.get(1));
    }

    @Test
    void comparisonTablesShowRecomputedFigures() {
        List<Tbl> tables = report.tables();
        assertEquals(
                6,
                tables.size(),
                "income, expenditure, key projects, the 自评表 appendix (预算资金, 年度总体目标, 绩效指标)");
        List<List<String>> income = Docx.cells(tables.get(0));
        assertEquals(
                List.of("项目", "2023年决算(万元)", "2022年决算(万元)", "差异(万元)", "差异率(%)", "差异说明"),
                income.get(0));
        assertEquals(
                List.of("合计", "22,918.41", "21,314.56", "1,603.85", "7.52", ""), income.get(1));
        assertEquals(
                List.of("财政拨款收入", "22,918.41", "21,245.39", "1,673.02", "7.87"),
                income.get(2).subList(0, 5));
        assertEquals(
                List.of("其他收入", "0.00", "69.16", "-69.16", "-100.00"), income.get(3).subList(0, 5));
        List<List<String>> spending = Docx.cells(tables.get(1));
        assertEquals(
                List.of("合计", "22,918.66", "21,320.69", "1,597.97", "7.49", ""), spending.get(1));
        assertEquals(
                List.of("基本支出", "18,428.38", "18,796.45", "-368.07", "-1.96"),
                spending.get(2).subList(0, 5));
        assertEquals(
                List.of("项目支出", "4,490.28", "2,524.24", "1,966.04", "77.89"),
                spending.get(3).subList(0, 5));
        List<List<String>> projects = Docx.cells(tables.get(2));
        assertEquals(List.of("1", "检测专项经费", "117.00", "117.00", "70.02", "59.85"), projects.get(1));
        assertEquals(
                List.of("2", "电梯监督检验抽查经费", "160.00", "160.00", "4.86", "3.04"), projects.get(2));
        assertEquals(
                List.of("3", "2022年农贸市场升级改造补助资金", "300.00", "0.00", "0.00", "—"), projects.get(3));
    }

    @Test
    void sentencesCarryTheModelsFigures() {
        String text = report.allText();
        for (String s :
                List.of(
                        "本年度收入合计22,918.41万元，其中：财政拨款收入22,918.41万元，占本年收入合计的100.00%。",
                        "本年度支出合计22,918.66万元，其中：基本支出18,428.38万元，占本年支出合计的80.41%；项目支出4,490.28万元，占本年支出合计的19.59%。",
                        "广州市花都区市场监督管理局内设机构24个：办公室、政策法规科、",
                        "、执法一科（执法一大队）、执法二科（执法二大队）、执法三科（执法三大队）、人事科；派出机构16个：新华市场监管所、",
                        "、梯面市场监管所。",
                        "广州市花都区市场监督管理局下属单位4个：其中3个非独立预算单位，包括：",
                        "本部门组织对2023年度一般公共预算项目支出开展绩效自评，二级项目27个，共涉及资金4,490.28万元，"
                                + "占一般公共预算项目支出总额的100.00%。组织部门整体支出绩效自评（含本级及下属单位1个），"
                                + "涉及一般公共预算支出22,918.66万元。从评价情况来看，预算编制、执行及使用效益情况均达到了预期的绩效目标，",
                        "部门整体支出绩效评价指标主要包括履职效能、管理效率评价两大方面，总分值为100分。本部门整体支出绩效自评得分94.98分，绩效评价结果为“优”。",
                        "部门整体绩效目标产出指标完成情况，分值20分，自评得分17分，完成情况：一是，数量指标，年度指标值是：奖励获得中国专利优秀奖为15万元/项，分值3分，指标值完成情况：因该项经费已全部压减，当年实际支出为0，故无法完成此项指标，自评得分0分。二是，数量指标，年度指标值是：抽检15年以上老旧电梯数量不少于150台，分值3分",
                        "七是，时效指标，年度指标值是：农贸市场升级改造完成时限于2023年12月10日前，分值2分",
                        "部门整体绩效目标效益指标完成情况，分值20分，自评得分20分，完成情况：一是，社会效益指标，年度指标值是：农贸市场升级改造成效：建成“干净、整洁、平安、有序”市场环境，分值7分",
                        "二是，社会效益指标，年度指标值是：企业年报率不低于90%，分值7分，指标值完成情况：企业年报率达到94.68%，已按计划完成，自评得分7分。",
                        "三是，社会效益指标，年度指标值是：抽检电梯发现问题整改率为100%，分值6分",
                        "部门预算资金支出率，分值10分，自评得分9.98分，完成情况：全年预算数22,975.66万元，执行数22,918.66万元，完成预算的99.75%，自评得分9.98分。",
                        "（1）预算编制，分值3分，自评得分3分：新增预算项目事前绩效评估，分值3分，实际完成值无须开展事前绩效评估的新增项目，本部门无预算金额超过1000万元（含）的新增经常性二级项目，无预算金额超过3000万元（含）的新增一次性二级项目，自评得分3分。",
                        "（2）预算执行，分值4分，自评得分4分：一是结转结余率，分值2分，实际完成值0%，本部门本年度无结转结余，自评得分2分；二是财务管理合规性，分值2分",
                        "（6）资产管理，分值10分，自评得分10分：",
                        "（7）运行成本，分值4分，自评得分4分：",
                        "二是“三公”经费控制情况，分值2分，本部门“三公”经费实际支出数145.46万元，少于预算安排的“三公”经费数155.55万元，自评得分2分。",
                        "（3）信息公开，分值4分，自评得分3分：一是预决算信息公开合规性，分值2分",
                        "（5）采购管理，分值10分，自评得分9分：一是采购意向公开合规性，分值0.5分",
                        "六是固定资产利用率，分值2分",
                        "一是公用经费控制率，分值2分",
                        "本部门2023年重点项目共有3个，分别为：检测专项经费、电梯监督检验抽查经费、2022年农贸市场升级改造补助资金。",
                        "重点项目预算执行率较低，主要是因为区财政资金需统筹安排，无法按计划完成资金支付。",
                        "存在的主要问题及原因是：存在预算资金调整情况，主要是因为根据文件要求，压减部分项目经费。",
                        "下一步要加强项目过程管理，提升资金预算准确性。")) {
            assertTrue(text.contains(s), "missing: " + s);
        }
        assertFalse(text.contains("。。"), "doubled full stop");
        assertFalse(text.contains("。，"), "full stop inside a sentence");
    }

    @Test
    void everyRunAndStyleCarriesEastAsianFontAndChineseLanguage() {
        List<R> runs = report.runs();
        assertTrue(runs.size() > 100);
        for (R r : runs) {
            assertNotNull(r.getRPr(), "run without properties: " + Docx.text(r));
            assertNotNull(r.getRPr().getRFonts().getEastAsia(), Docx.text(r));
            assertEquals("zh-CN", r.getRPr().getLang().getEastAsia(), Docx.text(r));
        }
        var styles = report.pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement();
        assertEquals("黑体", style(styles, "Heading1").getRPr().getRFonts().getEastAsia());
        assertEquals("楷体_GB2312", style(styles, "Heading2").getRPr().getRFonts().getEastAsia());
        assertEquals("方正小标宋简体", style(styles, "Title").getRPr().getRFonts().getEastAsia());
        Style body = style(styles, "BodyText");
        assertEquals("仿宋_GB2312", body.getRPr().getRFonts().getEastAsia());
        assertEquals("仿宋_GB2312", body.getRPr().getRFonts().getAscii());
        assertEquals(BigInteger.valueOf(32), body.getRPr().getSz().getVal());
        assertEquals("zh-CN", body.getRPr().getLang().getEastAsia());
        assertEquals(BigInteger.valueOf(200), body.getPPr().getInd().getFirstLineChars());
        assertEquals(BigInteger.valueOf(560), body.getPPr().getSpacing().getLine());
        assertEquals(STLineSpacingRule.EXACT, body.getPPr().getSpacing().getLineRule());
        assertNotNull(style(styles, "Heading1").getPPr().getKeepNext());
        assertNotNull(style(styles, "Heading1Char"));
        for (P p : report.paragraphs()) {
            if ("Heading1".equals(Docx.style(p))) {
                R first = (R) p.getContent().get(0);
                assertEquals("黑体", first.getRPr().getRFonts().getEastAsia());
            }
        }
    }

    @Test
    void pageIsA4WithGbMargins() {
        SectPr sect = report.pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
        assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
        assertEquals(BigInteger.valueOf(2098), sect.getPgMar().getTop());
        assertEquals(BigInteger.valueOf(1984), sect.getPgMar().getBottom());
        assertEquals(BigInteger.valueOf(1587), sect.getPgMar().getLeft());
        assertEquals(BigInteger.valueOf(1474), sect.getPgMar().getRight());
        String footer =
                Docx.text(
                        report.pkg
                                .getDocumentModel()
                                .getSections()
                                .get(0)
                                .getHeaderFooterPolicy()
                                .getDefaultFooter()
                                .getJaxbElement());
        assertEquals("— 1 —", footer);
    }

    @Test
    void tablesRepeatHeaderKeepRowsWholeAndFitTheTextArea() {
        for (Tbl tbl : report.tables()) {
            int width =
                    tbl.getTblGrid().getGridCol().stream().mapToInt(c -> c.getW().intValue()).sum();
            assertEquals(8845, width);
            assertNotNull(tbl.getTblPr().getTblBorders().getInsideV());
            List<Tr> rows = Docx.rows(tbl);
            assertTrue(hasFlag(rows.get(0), "tblHeader"), "header row repeats");
            assertFalse(hasFlag(rows.get(1), "tblHeader"));
            rows.forEach(r -> assertTrue(hasFlag(r, "cantSplit")));
        }
    }

    @Test
    void noEmptyParagraphsAndPropertiesAreSet() {
        for (P p : report.paragraphs()) assertFalse(Docx.text(p).isBlank(), "empty paragraph");
        CoreProperties core = report.pkg.getDocPropsCorePart().getJaxbElement();
        assertEquals(
                "2023年度广州市花都区市场监督管理局部门整体支出绩效自评报告", core.getTitle().getValue().getContent().get(0));
        assertEquals("广州市花都区市场监督管理局", core.getCreator().getContent().get(0));
        assertEquals("2023", core.getKeywords());
    }

    @Test
    void parallelRenderingGivesIdenticalBytes() throws Exception {
        Evaluation e = corrected;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) futures.add(pool.submit(() -> RENDERER.report(e)));
            for (Future<byte[]> f : futures) assertArrayEquals(bytes, f.get());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The published report's real slips, each found by recomputation and listed with its rule and
     * cell.
     */
    @Test
    void asPublishedExampleIsBlockedAndItsAuditReportListsEachSlip() throws Exception {
        Outcome outcome = RealExamples.convert(RealExamples.AS_PUBLISHED, RENDERER);
        assertEquals(Status.BLOCKED, outcome.status());
        assertNull(outcome.report(), "no report for a blocked submission");
        Files.write(
                Path.of("target", "test-output", "audit-as-published.docx"), outcome.auditReport());
        Docx audit = new Docx(outcome.auditReport());
        assertEquals(List.of("2023年度广州市花都区市场监督管理局绩效自评校验报告"), audit.texts("Title"));
        String text = audit.allText();
        assertTrue(text.contains("来源文件：huadu-amr-2023-as-published.xlsx。"), text);
        assertTrue(text.contains("共发现错误2项、警告"), text);
        assertTrue(text.contains("未生成自评报告：请按下表改正错误后重新提交。"), text);
        assertEquals(1, text.split("错误2项", -1).length - 1, "the error count is said once: " + text);

        List<List<String>> findings = Docx.cellLines(audit.tables().get(0));
        assertEquals(List.of("序号", "严重程度\n规则", "位置与项目", "应为", "填报值", "修改说明"), findings.get(0));
        // 严重程度 over the rule's Chinese name; the cell (never broken) over the item.
        List<List<String>> slips =
                findings.stream().skip(1).map(r -> List.of(r.get(1), r.get(2))).toList();
        for (List<String> slip :
                List.of(
                        List.of(
                                "错误\n" + KINDS.name("R-SCORE-RANGE"),
                                "绩效指标!K45\n“三公”经费实际支出不超过预算"), // "三公" scored 3 of 2
                        List.of(
                                "错误\n" + KINDS.name("R-SUBTOTAL"),
                                "绩效指标!K43\n资产管理 小计"), // 资产管理 小计9, parts add to 10
                        List.of(
                                "警告\n" + KINDS.name("R-X-PROJECT-FUNDS"),
                                "基本信息!B13\n二级项目资金"), // 4,490.04 vs 项目支出4,490.28
                        List.of(
                                "警告\n" + KINDS.name("R-X-SELF-EVAL-AMOUNT"),
                                "基本信息!B14\n整体支出自评金额"))) { // 22,928.75 vs 22,918.66
            assertTrue(slips.contains(slip), "missing " + slip + " in " + slips);
        }
        assertTrue(
                findings.stream().noneMatch(r -> r.get(1).contains("R-")),
                "rule ids are not shown: " + findings);
        List<String> b13 =
                findings.stream()
                        .filter(r -> r.get(2).startsWith("基本信息!B13"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(List.of("基本信息!B13\n二级项目资金", "4,490.28", "4,490.04"), b13.subList(2, 5));
        for (List<String> row : findings.subList(1, findings.size())) {
            assertFalse(row.get(5).isBlank(), "every finding says what to fix: " + row);
        }

        List<List<String>> scores = Docx.cells(audit.tables().get(1));
        assertTrue(scores.contains(List.of("　　资产管理", "10", "9", "10")), scores.toString());
        // A group without a 小计 row reports its one score (K15), not "未填".
        assertTrue(
                scores.contains(List.of("　　部门预算资金支出率", "10", "9.98", "9.98")), scores.toString());
        assertEquals(List.of("合计（评价结果：优）", "100", "94.98", "94.98"), scores.get(scores.size() - 1));
    }

    @Test
    void everyRuleIdInTheSourcesHasAChineseName() throws Exception {
        Pattern id = Pattern.compile("\"((?:R|READ)-[A-Z-]+)\"");
        List<String> unnamed = new ArrayList<>();
        try (var files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = id.matcher(Files.readString(f));
                while (m.find())
                    if (KINDS.name(m.group(1)).equals(m.group(1))) unnamed.add(m.group(1));
            }
        }
        assertEquals(List.of(), unnamed);
        assertEquals("差异复核", KINDS.name("R-DIFF"));
        assertEquals("R-NEW", KINDS.name("R-NEW"), "an unknown id is shown as it is");
    }

    @Test
    void unreadableAuditReportNamesTheFile() throws Exception {
        Finding f =
                new Finding(
                        "READ-NOT-SPREADSHEET",
                        Severity.ERROR,
                        CellRef.file("坏文件.xlsx"),
                        "",
                        "",
                        "",
                        "文件不是有效的 Excel 工作簿，请用 Excel 或 WPS 另存为 .xlsx 后重新提交。");
        Docx audit = new Docx(RENDERER.auditReport(Path.of("inbox", "坏文件.xlsx"), null, List.of(f)));
        assertEquals(List.of("坏文件.xlsx 校验报告"), audit.texts("Title"));
        assertTrue(audit.allText().contains("文件无法读取，未生成自评报告"));
        assertEquals("坏文件.xlsx", Docx.cells(audit.tables().get(0)).get(1).get(2));
        assertEquals(
                "错误" + KINDS.name("READ-NOT-SPREADSHEET"),
                Docx.cells(audit.tables().get(0)).get(1).get(1));
        assertEquals(1, audit.tables().size(), "no score table without an evaluation");
    }

    private static boolean hasFlag(Tr tr, String name) {
        CTTrPrBase pr = tr.getTrPr();
        return pr != null
                && pr.getCnfStyleOrDivIdOrGridBefore().stream()
                        .anyMatch(
                                j ->
                                        j.getName().getLocalPart().equals(name)
                                                && j.getValue() instanceof BooleanDefaultTrue);
    }

    private static Style style(org.docx4j.wml.Styles styles, String id) {
        return styles.getStyle().stream()
                .filter(s -> id.equals(s.getStyleId()))
                .findFirst()
                .orElse(null);
    }
}
