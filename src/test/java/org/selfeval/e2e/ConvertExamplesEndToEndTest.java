package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.Main;
import org.selfeval.report.Docx;
import picocli.CommandLine;

/**
 * {@code selfeval convert input-templates/examples --out DIR}, in process, as the README's main job
 * runs it; every .docx it writes is reopened with docx4j: headings in order, table cells, fonts on
 * runs, page setup.
 */
class ConvertExamplesEndToEndTest {

    private static final String DEPT = "广州市花都区市场监督管理局";
    private static final String REPORT = "2023年度" + DEPT + "部门整体支出绩效自评报告";
    private static final String AUDIT = "2023年度" + DEPT + "部门整体支出绩效自评校验报告";

    /**
     * The reference's outline (一、… and （一）…), with the 主要工作成效 numbered （四） where the reference
     * misprints （二）.
     */
    private static final List<String> OUTLINE =
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
                    "附表");

    @TempDir static Path out;
    static int exit;
    static String console;
    static Path dept;

    @BeforeAll
    static void convertExamples() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        StringWriter std = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(std, true));
        exit =
                cl.execute(
                        "convert",
                        Path.of("input-templates", "examples").toString(),
                        "--out",
                        out.toString());
        console = std + "\n" + err;
        dept = out.resolve("2023").resolve(DEPT);
    }

    @Test
    void asPublishedIsBlockedTheOthersConvert() throws Exception {
        assertEquals(
                ExitCodes.FAILED,
                exit,
                "the as-published example is blocked by its slips: " + console);
        assertEquals(
                List.of(
                        REPORT + "-huadu-amr-2023-corrected.docx",
                        REPORT + "-huadu-amr-2023-split.docx",
                        AUDIT + "-huadu-amr-2023-as-published.docx",
                        AUDIT + "-huadu-amr-2023-corrected.docx",
                        AUDIT + "-huadu-amr-2023-split.docx"),
                docxNames());
    }

    @Test
    void reportsFollowTheReferenceOutlineWithItsTables() throws Exception {
        for (String source : List.of("corrected", "split")) {
            Docx report = open(REPORT + "-huadu-amr-2023-" + source + ".docx");
            assertEquals(List.of(REPORT), report.texts("Title"), source);
            assertEquals(OUTLINE, report.texts("Heading1", "Heading2"), source);
            assertEquals(
                    List.of(
                            "1. 部门主要职责",
                            "2. 部门内设机构",
                            "3. 部门下属机构",
                            "1. 收入支出总体情况",
                            "2. 收入支出结构分析",
                            "1. 履职效能分值50分，自评得分46.98分。其中：",
                            "2. 管理效率分值50分，自评得分48分。"),
                    report.texts("Heading3").subList(0, 7),
                    source);
            assertEquals(
                    List.of(
                            "（1）本年收入与上年收入决算数对比分析",
                            "（2）本年支出与上年支出决算数对比分析",
                            "（1）收入决算情况说明",
                            "（2）支出决算情况说明"),
                    report.texts("Heading4"),
                    source);

            List<Tbl> tables = report.tables();
            assertEquals(
                    6,
                    tables.size(),
                    source); // income, expenditure, key projects, 附表 (预算资金, 年度总体目标, 绩效指标)
            List<List<String>> income = Docx.cells(tables.get(0));
            assertEquals(
                    List.of("项目", "2023年决算(万元)", "2022年决算(万元)", "差异(万元)", "差异率(%)", "差异说明"),
                    income.get(0));
            assertEquals(
                    List.of("合计", "22,918.41", "21,314.56", "1,603.85", "7.52", ""), income.get(1));
            assertTrue(
                    income.get(2).get(5).startsWith("主要原因：一是年中因工作需要追加专项资金"),
                    income.get(2).toString());
            List<List<String>> spending = Docx.cells(tables.get(1));
            assertEquals(
                    List.of("项目支出", "4,490.28", "2,524.24", "1,966.04", "77.89"),
                    spending.get(3).subList(0, 5));
            List<List<String>> projects = Docx.cells(tables.get(2));
            assertEquals(
                    List.of("序号", "项目名称", "年初预算金额(万元)", "调整后预算数(万元)", "实际支出数(万元)", "实际支出率(%)"),
                    projects.get(0));
            assertEquals(
                    List.of("2", "电梯监督检验抽查经费", "160.00", "160.00", "4.86", "3.04"),
                    projects.get(2));

            String text = report.allText();
            assertTrue(text.contains("本部门整体支出绩效自评得分94.98分，绩效评价结果为“优”。"), source);
            assertNoStrayParagraphs(report, source);
        }
    }

    /**
     * The caiyu-2020 example converts in the same run: the workbook names its framework in 基本信息.
     */
    @Test
    void theNationalTableExampleConvertsInTheSameRunWithItsOwnTree() throws Exception {
        assertTrue(console.contains("青山县农业农村局 2023 99.46 优 报告已生成（4 项警告）"), console);
        // the month-deadline copy: 9月前/年底前 met → full marks; spending over the budget → one 警告
        assertTrue(console.contains("青山县农业农村局 2023 99.68 优 报告已生成（1 项警告）"), console);
        assertTrue(
                console.contains(
                        "完成：共处理 7 份（其中仅含项目支出绩效自评表 1 份），报告已生成 5 份，存在错误 1 份，无法读取 0 份；项目支出绩效自评表共 3 个，自评表已生成 3 个，存在错误 0 个。"),
                console);
        Path county = out.resolve("2023").resolve("青山县农业农村局");
        String name = "2023年度青山县农业农村局部门整体支出绩效自评报告-qingshan-agri-2023-corrected.docx";
        Docx report = new Docx(Files.readAllBytes(county.resolve(name)));
        assertEquals(OUTLINE, report.texts("Heading1", "Heading2"));
        assertTrue(
                report.texts("Heading3")
                        .containsAll(
                                List.of(
                                        "1. 预算执行率分值10分，自评得分9.78分。",
                                        "2. 产出指标分值50分，自评得分49.68分。其中：",
                                        "4. 满意度指标分值10分，自评得分10分。其中：")),
                report.texts("Heading3").toString());
        assertNoStrayParagraphs(report, name);
    }

    /**
     * The split submission (four files from three sections) gives the very same report as the one
     * workbook.
     */
    @Test
    void splitSubmissionGivesTheSameReportText() throws Exception {
        assertEquals(
                open(REPORT + "-huadu-amr-2023-corrected.docx").allText(),
                open(REPORT + "-huadu-amr-2023-split.docx").allText());
    }

    @Test
    void auditReportsSayWhatHappened() throws Exception {
        Docx blocked = open(AUDIT + "-huadu-amr-2023-as-published.docx");
        assertTrue(blocked.allText().contains("未生成自评报告"), blocked.allText());
        List<List<String>> rows = Docx.cellLines(blocked.tables().get(0));
        assertEquals(List.of("序号", "严重程度\n规则", "位置与项目", "应为", "填报值", "修改说明"), rows.get(0));
        assertTrue(
                rows.stream()
                        .anyMatch(
                                r ->
                                        r.get(1).startsWith("错误")
                                                && !r.get(1).contains("R-")
                                                && r.get(2).equals("绩效指标!K43\n资产管理 小计")),
                rows.toString());
        // A folder of files: each finding names the file it is in, on a line of its own.
        List<List<String>> split =
                Docx.cellLines(open(AUDIT + "-huadu-amr-2023-split.docx").tables().get(0));
        assertTrue(
                split.stream().anyMatch(r -> r.get(2).startsWith("预算表.xlsx\n收入决算!C3\n")),
                split.toString());
        Docx clean = open(AUDIT + "-huadu-amr-2023-corrected.docx");
        assertFalse(clean.allText().contains("未生成自评报告"), clean.allText());
        assertTrue(clean.allText().contains("复核总分94.98分，评价结果为“优”"), clean.allText());
    }

    /**
     * Every .docx: GB/T 9704 A4 page, "— N —" footer, and every run names its East Asian font and
     * zh-CN.
     */
    @Test
    void everyDocumentHasTheOfficialPageAndFontsOnEveryRun() throws Exception {
        List<String> names = docxNames();
        assertEquals(5, names.size());
        for (String name : names) {
            Docx doc = open(name);
            SectPr sect = doc.pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW(), name);
            assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH(), name);
            assertEquals(
                    List.of(2098, 1984, 1587, 1474),
                    List.of(
                            sect.getPgMar().getTop().intValue(),
                            sect.getPgMar().getBottom().intValue(),
                            sect.getPgMar().getLeft().intValue(),
                            sect.getPgMar().getRight().intValue()),
                    name);
            String footer =
                    Docx.text(
                            doc.pkg
                                    .getDocumentModel()
                                    .getSections()
                                    .get(0)
                                    .getHeaderFooterPolicy()
                                    .getDefaultFooter()
                                    .getJaxbElement());
            assertEquals("— 1 —", footer, name);
            for (R r : doc.runs()) {
                assertNotNull(r.getRPr(), name + ": " + Docx.text(r));
                assertNotNull(r.getRPr().getRFonts().getEastAsia(), name + ": " + Docx.text(r));
                assertEquals(
                        "zh-CN", r.getRPr().getLang().getEastAsia(), name + ": " + Docx.text(r));
            }
            for (P p : doc.paragraphs()) {
                String font = ((R) p.getContent().get(0)).getRPr().getRFonts().getEastAsia();
                String expected =
                        switch (Docx.style(p)) {
                            case "Title" -> "方正小标宋简体";
                            case "Heading1" -> "黑体";
                            case "Heading2" -> "楷体_GB2312";
                            default -> "仿宋_GB2312";
                        };
                assertEquals(expected, font, name + ": " + Docx.text(p));
            }
        }
    }

    private static void assertNoStrayParagraphs(Docx doc, String source) {
        for (P p : doc.paragraphs()) {
            String text = Docx.text(p);
            assertFalse(text.isBlank(), source + ": empty paragraph");
            assertFalse(
                    text.contains("。。") || text.contains("，，") || text.contains("null"),
                    source + ": " + text);
        }
    }

    private static Docx open(String name) throws Exception {
        return new Docx(Files.readAllBytes(dept.resolve(name)));
    }

    private static List<String> docxNames() throws Exception {
        try (Stream<Path> files = Files.list(dept)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".docx"))
                    .sorted()
                    .toList();
        }
    }
}
