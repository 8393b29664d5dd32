package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.wml.CTCompatSetting;
import org.docx4j.wml.CTDocGrid;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.STDocGrid;
import org.docx4j.wml.SectPr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfeval.model.GroupScore;
import org.selfeval.model.ScoreCard;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.pdf.LibreOfficePdf;
import org.selfeval.testing.ExternalCommands;
import org.selfeval.testing.PdfFonts;

/**
 * Converts the real examples (input-templates/examples) through the real pipeline and checks what a
 * finance bureau sees: the package Word opens (settings, grid, footers) and the PDF LibreOffice
 * lays out from it, written by the --pdf converter itself ({@link LibreOfficePdf}): every figure of
 * the reference, 28 characters a line, the page number outside on odd and even pages, no space
 * between Chinese and digits, the 自评表 appendix. Package checks always run; PDF checks fail when
 * LibreOffice is missing on CI (env CI set) and skip locally.
 */
class LibreOfficeRenderIT {

    /**
     * Every figure the reference report prints in its tables and score sentences. Where the
     * reference slipped, the corrected figure (input-templates/examples/README.md): 二级项目资金 4,490.28
     * (printed 4,490.04), 整体支出自评 22,918.66 (22,928.75), 资产管理 10 (9), "三公" 2 (3), 0 ÷ 0 "—" (0%).
     */
    static final List<String> FIGURES =
            List.of(
                    // 收入决算 table
                    "22,918.41",
                    "21,314.56",
                    "1,603.85",
                    "7.52",
                    "21,245.39",
                    "1,673.02",
                    "7.87",
                    "69.16",
                    "-69.16",
                    "-100.00",
                    "2336",
                    "156", // in 差异说明 cells, where a line may break after the figure
                    // 支出决算 table
                    "22,918.66",
                    "21,320.69",
                    "1,597.97",
                    "7.49",
                    "18,428.38",
                    "18,796.45",
                    "-368.07",
                    "-1.96",
                    "4,490.28",
                    "2,524.24",
                    "1,966.04",
                    "77.89",
                    "232.4万元",
                    "573.46万元",
                    "2801.73万元",
                    // structure sentences
                    "占本年收入合计的100.00%",
                    "占本年支出合计的80.41%",
                    "占本年支出合计的19.59%",
                    // 部门概况 and 绩效管理 sentences
                    "内设机构24个",
                    "派出机构16个",
                    "下属单位4个",
                    "二级项目27个",
                    "共涉及资金4,490.28万元",
                    "占一般公共预算项目支出总额的100.00%",
                    "含本级及下属单位1个",
                    "涉及一般公共预算支出22,918.66万元",
                    // 自评结论 and 履职效能
                    "总分值为100分",
                    "自评得分94.98分",
                    "绩效评价结果为“优”",
                    "履职效能分值50分，自评得分46.98分",
                    "产出指标完成情况，分值20分，自评得分17分",
                    "效益指标完成情况，分值20分，自评得分20分",
                    "15万元/项",
                    "不少于150台",
                    "287台",
                    "1291宗",
                    "628批次",
                    "不少于3人",
                    "2023年12月10日前",
                    "不低于90%",
                    "94.68%",
                    "整改率为100%",
                    "部门预算资金支出率，分值10分，自评得分9.98分",
                    "全年预算数22,975.66万元",
                    "执行数22,918.66万元",
                    "完成预算的99.75%",
                    // 管理效率
                    "管理效率分值50分，自评得分48分",
                    "预算编制，分值3分，自评得分3分",
                    "预算执行，分值4分，自评得分4分",
                    "信息公开，分值4分，自评得分3分",
                    "绩效管理，分值15分，自评得分15分",
                    "采购管理，分值10分，自评得分9分",
                    "资产管理，分值10分，自评得分10分",
                    "运行成本，分值4分，自评得分4分",
                    "分值0.5分",
                    "分值1.5分",
                    "备案合同69份",
                    "4份超期备案",
                    "1952.31万元",
                    "1139.68万元",
                    "1149.77万元",
                    "-0.88%",
                    "145.46万元",
                    "155.55万元",
                    // key projects sentence and table (rates in the table carry "%" in the header
                    // only)
                    "重点项目共有3个",
                    "117.00",
                    "70.02",
                    "59.85",
                    "160.00",
                    "4.86",
                    "3.04",
                    "300.00");

    /** A CJK character and a digit with white space between ("合计 22,918.66", "27 个"). */
    private static final Pattern SPACED_DIGITS =
            Pattern.compile(
                    "[\\p{IsHan}，。：；、（）][ \\u00A0\\u3000]+[-\\d]|[\\d%][ \\u00A0\\u3000]+[\\p{IsHan}，。：；、（）]");

    private static final Path DIR = Path.of("target", "test-output", "render").toAbsolutePath();

    private static Outcome corrected;
    private static Outcome asPublished;
    private static Docx report;

    @BeforeAll
    static void convertExamples() throws Exception {
        corrected = RealExamples.convert(RealExamples.CORRECTED, DocxRendererTest.RENDERER);
        assertEquals(Status.CONVERTED, corrected.status(), corrected.findings().toString());
        asPublished = RealExamples.convert(RealExamples.AS_PUBLISHED, DocxRendererTest.RENDERER);
        assertEquals(Status.BLOCKED, asPublished.status());
        report = new Docx(corrected.report());
        Files.createDirectories(DIR);
    }

    // ---- item 1: Word opens the file as a current document ----

    @Test
    void settingsAskForCurrentWordLayoutAndOddEvenFooters() {
        DocumentSettingsPart part = report.pkg.getMainDocumentPart().getDocumentSettingsPart();
        assertNotNull(part, "word/settings.xml");
        CTSettings settings = part.getJaxbElement();
        CTCompatSetting mode =
                settings.getCompat().getCompatSetting().stream()
                        .filter(c -> "compatibilityMode".equals(c.getName()))
                        .findFirst()
                        .orElseThrow();
        assertEquals("15", mode.getVal(), "compatibilityMode 15: no 兼容模式 in Word");
        assertEquals("http://schemas.microsoft.com/office/word", mode.getUri());
        assertTrue(
                settings.getEvenAndOddHeaders() != null && settings.getEvenAndOddHeaders().isVal(),
                "evenAndOddHeaders");
        assertNotNull(
                report.pkg.getMainDocumentPart().getFontTablePart(),
                "font table with the 公文 faces' stand-ins");
        String fonts =
                XmlUtils.marshaltoString(
                        report.pkg.getMainDocumentPart().getFontTablePart().getJaxbElement());
        for (String stand : List.of("仿宋_GB2312", "仿宋", "楷体_GB2312", "楷体", "方正小标宋简体", "宋体")) {
            assertTrue(fonts.contains("\"" + stand + "\""), stand + " in " + fonts);
        }
        // Item 4: 方正小标宋 is a bold face; bold on it would be faked.
        var title =
                report
                        .pkg
                        .getMainDocumentPart()
                        .getStyleDefinitionsPart()
                        .getJaxbElement()
                        .getStyle()
                        .stream()
                        .filter(st -> "Title".equals(st.getStyleId()))
                        .findFirst()
                        .orElseThrow();
        assertEquals("方正小标宋简体", title.getRPr().getRFonts().getEastAsia());
        assertTrue(
                title.getRPr().getB() == null || !title.getRPr().getB().isVal(), "title not bold");
    }

    // ---- item 2: 28 characters × 22 lines ----

    @Test
    void documentGridIs22LinesAndTheCondensedBodySets28CharactersALine() {
        SectPr sect = report.pkg.getDocumentModel().getSections().get(0).getSectPr();
        CTDocGrid grid = sect.getDocGrid();
        // A line grid only: a character grid LibreOffice lays out as two cells a character
        // (docs/layout.md).
        assertEquals(STDocGrid.LINES, grid.getType());
        assertEquals(null, grid.getCharSpace());
        int textHeight =
                sect.getPgSz().getH().intValue()
                        - sect.getPgMar().getTop().intValue()
                        - sect.getPgMar().getBottom().intValue();
        int textWidth =
                sect.getPgSz().getW().intValue()
                        - sect.getPgMar().getLeft().intValue()
                        - sect.getPgMar().getRight().intValue();
        assertEquals(22, textHeight / grid.getLinePitch().intValue(), "lines a page");
        var body =
                report
                        .pkg
                        .getMainDocumentPart()
                        .getStyleDefinitionsPart()
                        .getJaxbElement()
                        .getStyle()
                        .stream()
                        .filter(st -> "BodyText".equals(st.getStyleId()))
                        .findFirst()
                        .orElseThrow();
        double pitch =
                body.getRPr().getSz().getVal().doubleValue() / 2
                        + body.getRPr().getSpacing().getVal().doubleValue() / 20;
        assertEquals(28, (int) Math.floor(textWidth / 20.0 / pitch + 1e-6), "characters a line");
        assertEquals(
                JcEnumeration.LEFT,
                body.getPPr().getJc().getVal(),
                "flush left: LibreOffice drops a justified line's last 、");
    }

    @Test
    void pdfSetsTwentyEightCharactersALineAndTwentyTwoLinesAPage() throws Exception {
        List<String> pages = pages(reportPdf());
        java.util.Map<Integer, Integer> lengths = new java.util.TreeMap<>();
        for (String page : pages) {
            for (String line : page.split("\n")) {
                String l = line.strip();
                // Lines of full-width characters only: each is one grid cell (a compressed comma
                // may let a 29th in).
                if (l.isEmpty() || !l.codePoints().allMatch(c -> c >= 0x2E80)) continue;
                lengths.merge(l.length(), 1, Integer::sum);
            }
        }
        // Lines of 20 or more characters are full lines of body text (the rest: last lines,
        // headings, table cells).
        int usual =
                lengths.entrySet().stream()
                        .filter(e -> e.getKey() >= 20)
                        .max(java.util.Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey();
        assertEquals(28, usual, "the usual length of a full all-Chinese line: " + lengths);
        assertTrue(lengths.get(28) >= 40, "full 28-character lines: " + lengths);
        assertTrue(
                lengths.keySet().stream().allMatch(n -> n <= 29),
                "no line longer than the grid: " + lengths);
        // Page 2 is body text only (the duties): 22 lines and the page number.
        List<String> page2 =
                pages.get(1).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(23, page2.size(), String.join("\n", page2));
    }

    // ---- item 3: "— N —" outside on odd (right) and even (left) pages ----

    @Test
    void footersSitRightOnOddPagesAndLeftOnEvenPages() throws Exception {
        var policy = report.pkg.getDocumentModel().getSections().get(0).getHeaderFooterPolicy();
        assertEquals(JcEnumeration.RIGHT, alignment(policy.getDefaultFooter()));
        assertEquals(JcEnumeration.LEFT, alignment(policy.getEvenFooter()));
        assertEquals("— 1 —", Docx.text(policy.getEvenFooter().getJaxbElement()));

        Path pdf = reportPdf();
        String html = run(List.of("pdftotext", "-bbox", pdf.toString(), "-"), 60);
        Matcher pageTag =
                Pattern.compile("<page width=\"([\\d.]+)\"[^>]*>(.*?)</page>", Pattern.DOTALL)
                        .matcher(html);
        int n = 0;
        while (pageTag.find()) {
            n++;
            double width = Double.parseDouble(pageTag.group(1));
            Matcher word =
                    Pattern.compile(
                                    "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\"[^>]*>"
                                            + n
                                            + "</word>")
                            .matcher(pageTag.group(2));
            double x = -1;
            double y = -1;
            while (word.find()) {
                if (Double.parseDouble(word.group(2)) > y) {
                    y = Double.parseDouble(word.group(2));
                    x = (Double.parseDouble(word.group(1)) + Double.parseDouble(word.group(3))) / 2;
                }
            }
            assertTrue(x >= 0, "no page number " + n);
            if (n % 2 == 1) assertTrue(x > width * 0.75, "page " + n + ": number at x=" + x);
            else assertTrue(x < width * 0.25, "page " + n + ": number at x=" + x);
        }
        assertTrue(n >= 12, "pages: " + n);
    }

    private static JcEnumeration alignment(FooterPart footer) {
        P p = (P) footer.getJaxbElement().getContent().get(0);
        return p.getPPr().getJc().getVal();
    }

    // ---- item 5: no space between Chinese and digits ----

    @Test
    void noSpaceBetweenChineseAndDigitsInEitherDocument() throws Exception {
        for (Outcome o : List.of(corrected, asPublished)) {
            byte[] bytes = o.report() != null ? o.report() : o.auditReport();
            for (byte[] doc :
                    o.report() != null ? List.of(bytes, o.auditReport()) : List.of(bytes)) {
                Docx d = new Docx(doc);
                List<String> spaced = new ArrayList<>();
                org.docx4j.finders.ClassFinder paragraphs =
                        new org.docx4j.finders.ClassFinder(P.class);
                new org.docx4j.TraversalUtil(d.pkg.getMainDocumentPart().getContent(), paragraphs);
                for (Object paragraph : paragraphs.results) {
                    String text = Docx.text(paragraph);
                    Matcher m = SPACED_DIGITS.matcher(text);
                    while (m.find())
                        spaced.add(
                                text.substring(
                                        Math.max(0, m.start() - 10),
                                        Math.min(text.length(), m.end() + 10)));
                }
                assertEquals(List.of(), spaced, "spaces between Chinese and digits");
            }
        }
    }

    // ---- item 7: the 自评表 appendix ----

    @Test
    void appendixFollowsTheReportWithEveryGroupInThePdf() throws Exception {
        ScoreCard card = corrected.evaluation().scores();
        String pdfText =
                Files.readString(text(reportPdf()), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        int appendix = pdfText.indexOf("附表部门整体支出绩效自评表");
        assertTrue(appendix > pdfText.indexOf("四、下一步改进措施"), "the appendix follows the report");
        for (String block : List.of("预算资金（万元）", "年度资金总额", "年度总体目标", "绩效指标", "偏差原因分析")) {
            assertTrue(pdfText.indexOf(block, appendix) > 0, block);
        }
        for (GroupScore level1 : card.groups())
            assertTrue(pdfText.indexOf(level1.name(), appendix) > 0, level1.name());
    }

    // ---- item 9 and the whole: the PDF the --pdf converter writes beside the .docx ----

    @Test
    void pdfBesideTheDocxCarriesEveryFigureInCjkFonts() throws Exception {
        Path pdf = reportPdf();
        assertEquals(DIR.resolve("report.pdf"), pdf);
        String info = run(List.of("pdfinfo", pdf.toString()), 60);
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertTrue(pages.find(), info);
        int count = Integer.parseInt(pages.group(1));
        assertTrue(count >= 12 && count <= 30, "implausible page count " + count);

        Path txt = text(pdf);
        String text = Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        List<String> missing = new ArrayList<>();
        // A page break may fall inside a figure's sentence: read across the page-number footers.
        String body = text.replaceAll("—\\d+—", "");
        for (String figure : FIGURES) if (!body.contains(figure)) missing.add(figure);
        assertEquals(List.of(), missing, "figures missing from the PDF");
        assertTrue(text.contains("—1—") && text.contains("—" + count + "—"), "page-number footer");
        assertTrue(text.indexOf("四、下一步改进措施") > text.indexOf("三、存在的主要问题"), "outline order");

        // What a reader would notice: a heading alone at the foot of a page, a table of six rows or
        // fewer split.
        List<String> headings =
                report.texts("Heading1", "Heading2", "Heading3", "Heading4").stream()
                        .map(h -> h.replaceAll("\\s+", ""))
                        .toList();
        List<String> pageTexts = pages(pdf);
        for (int i = 0; i < pageTexts.size(); i++) {
            List<String> lines =
                    pageTexts
                            .get(i)
                            .lines()
                            .map(l -> l.replaceAll("\\s+", ""))
                            .filter(l -> !l.isEmpty() && !l.matches("—\\d+—"))
                            .toList();
            if (lines.isEmpty()) continue;
            String last = lines.get(lines.size() - 1);
            // (a lone figure of a table, "2", is not the start of "2. 部门内设机构")
            assertFalse(
                    last.length() >= 3 && headings.stream().anyMatch(h -> h.startsWith(last)),
                    "heading at the foot of page " + (i + 1) + ": " + last);
            String page = String.join("", lines);
            if (page.contains("年重点项目预算执行情况"))
                assertTrue(page.contains("300.00"), "key-project table split on page " + (i + 1));
            if (page.contains("本年支出与上年支出决算数对比分析")) {
                assertTrue(
                        page.contains("项目支出"),
                        "four-row expenditure table split on page " + (i + 1));
            }
        }

        // Every run asked for a 公文 font: the converter's stand-ins gave a face that covers Chinese
        // (whichever one the machine has: Noto CJK, AR PL UKai for 楷体, WenQuanYi …), nothing fell
        // back to a Latin font.
        assertFalse(PdfFonts.names(pdf).isEmpty());
        assertEquals(
                List.of(),
                PdfFonts.notChinese(pdf),
                "fonts in the PDF that do not cover Chinese: " + PdfFonts.names(pdf));
    }

    @Test
    void auditReportPdfKeepsTheScoreTableWithItsHeading() throws Exception {
        Path docx = DIR.resolve("audit.docx");
        Files.write(docx, corrected.auditReport());
        Path pdf = convert(docx);
        for (String page : pages(pdf)) {
            String p = page.replaceAll("\\s+", "");
            if (p.contains("二、评分复核"))
                assertTrue(p.contains("合计（评价结果：优）"), "score table split from its heading: " + p);
        }
    }

    /**
     * Item 8: headers, severities and "≤ 22,918.41" each on one line; rule names in words, never a
     * wrapped id.
     */
    @Test
    void auditReportPdfKeepsLabelsAndBoundsWhole() throws Exception {
        Path docx = DIR.resolve("audit-as-published.docx");
        Files.write(docx, asPublished.auditReport());
        List<String> lines =
                pages(convert(docx)).stream().flatMap(p -> p.lines()).map(String::strip).toList();
        for (String whole :
                List.of("序号", "严重程度", "位置与项目", "修改说明", "≤\u00A022,918.41", "绩效指标!K43")) {
            assertTrue(
                    lines.stream()
                            .anyMatch(
                                    l -> l.equals(whole) || l.equals(whole.replace('\u00A0', ' '))),
                    whole + " not on a line of its own: " + lines);
        }
        assertTrue(lines.stream().noneMatch(l -> l.contains("R-")), "a rule id in the PDF");
        for (var f : asPublished.findings()) {
            String name = DocxRendererTest.KINDS.name(f.ruleId());
            assertTrue(
                    lines.stream().anyMatch(l -> l.contains(name)),
                    name + " whole on a line: " + lines);
        }
    }

    // ---- helpers ----

    private static Path reportPdf;

    /** The corrected example's report, converted once by the --pdf converter. */
    private static synchronized Path reportPdf() throws Exception {
        if (reportPdf == null) {
            Path docx = DIR.resolve("report.docx");
            Files.write(docx, corrected.report());
            reportPdf = convert(docx);
        }
        return reportPdf;
    }

    private static Path convert(Path docx) throws Exception {
        Optional<LibreOfficePdf> office = LibreOfficePdf.find(LibreOfficePdf.DEFAULT_LIMIT);
        if (office.isEmpty()
                || ExternalCommands.onPath("pdftotext").isEmpty()
                || ExternalCommands.onPath("pdffonts").isEmpty()
                || ExternalCommands.onPath("fc-list").isEmpty()) {
            if (System.getenv("CI") != null)
                fail("LibreOffice (soffice) 或 poppler-utils 未安装：CI 必须运行渲染测试（见 .ci/run）。");
            Assumptions.abort("soffice/poppler not installed; PDF checks skipped locally");
        }
        try (LibreOfficePdf converter = office.get()) {
            Path pdf = converter.convert(docx);
            assertEquals(
                    docx.resolveSibling(docx.getFileName().toString().replace(".docx", ".pdf")),
                    pdf);
            assertTrue(Files.size(pdf) > 1000, "soffice wrote no PDF");
            return pdf;
        }
    }

    private static Path text(Path pdf) throws Exception {
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
        run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString()), 60);
        return txt;
    }

    private static List<String> pages(Path pdf) throws Exception {
        List<String> pages =
                new ArrayList<>(
                        List.of(Files.readString(text(pdf), StandardCharsets.UTF_8).split("\f")));
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank())
            pages.remove(pages.size() - 1);
        return pages;
    }

    private static String run(List<String> command, int seconds)
            throws IOException, InterruptedException {
        return ExternalCommands.run(DIR, command, seconds);
    }
}
