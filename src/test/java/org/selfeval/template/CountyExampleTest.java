package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ReadResult;
import org.selfeval.pipeline.Status;
import org.selfeval.report.Docx;
import org.selfeval.report.DocxRenderer;
import org.selfeval.report.RenderOptions;

/**
 * The caiyu-2020 example under input-templates/examples/: committed as the fixture writes it, read
 * by the real reader, which picks the framework the workbook names in 基本信息, audited, scored and
 * rendered. To refresh the committed files: {@code mvn -o test -Dtest=CountyExampleTest
 * -Dselfeval.regenerate=true}.
 */
class CountyExampleTest {

    static final Path DIR = Path.of("input-templates", "examples");

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("selfeval.regenerate")) CountyExample.writeAll(DIR);
    }

    @ParameterizedTest
    @EnumSource(CountyExample.Version.class)
    void committedWorkbooksMatchTheFixture(CountyExample.Version v) throws IOException {
        try (XSSFWorkbook wb = CountyExample.workbook(v)) {
            assertEquals(
                    WorkbookSnapshot.of(TemplateWriter.bytes(wb)),
                    WorkbookSnapshot.of(DIR.resolve(CountyExample.fileName(v))),
                    CountyExample.fileName(v));
        }
    }

    @Test
    void theCorrectedCopyIsConsistentAndScoredByTheNationalTable() {
        Evaluation e = evaluate(CountyExample.CORRECTED_FILE);
        assertEquals("caiyu-2020", e.scores().framework().name());
        assertTrue(
                e.findings().stream().noneMatch(f -> f.severity() != Severity.INFO),
                e.findings().toString());
        assertEquals(
                List.of("预算执行率 10 9.78", "产出指标 50 49.68", "效益指标 30 30.00", "满意度指标 10 10.00"),
                e.scores().groups().stream().map(CountyExampleTest::line).toList());
        assertEquals("99.46", Formats.rate(e.scores().total()));
        assertEquals("优", e.scores().grade());
    }

    @Test
    void theAsPublishedCopyIsCaughtGivingFullMarksForAMissedTarget() {
        Evaluation e = evaluate(CountyExample.AS_PUBLISHED_FILE);
        List<String> found =
                e.findings().stream()
                        .map(
                                f ->
                                        f.ruleId()
                                                + " "
                                                + f.severity().label()
                                                + " "
                                                + f.source().sheetCell()
                                                + " "
                                                + f.expected()
                                                + "/"
                                                + f.found())
                        .toList();
        assertEquals(
                List.of(
                        "R-SUBTOTAL-RESCORED 警告 绩效指标!K8 21.71/22",
                        "R-SUBTOTAL-RESCORED 警告 绩效指标!K16 49.68/49.97",
                        "R-SUBTOTAL-RESCORED 警告 绩效指标!K30 99.46/99.75",
                        "R-RESCORE 警告 绩效指标!K7 6.71/7"),
                found);
        assertFalse(e.blocked());
        assertEquals("99.46", Formats.rate(e.scores().total()));
    }

    /** 财预〔2020〕10号: an execution rate below 90% must be explained on the 预算执行率 row. */
    @Test
    void aLowExecutionRateWithoutAReasonIsCaughtOnItsRow() throws IOException {
        Path file = DIR.resolve(CountyExample.CORRECTED_FILE);
        Path low = java.nio.file.Files.createTempFile("county-low", ".xlsx");
        try (var in = java.nio.file.Files.newInputStream(file);
                var wb = new XSSFWorkbook(in)) {
            // 全年预算数 4,000 (本年财政拨款 3,790): 3,452.38 ÷ 4,000 = 86.31%
            var funds = wb.getSheet("项目资金");
            funds.getRow(2).getCell(2).setCellValue(4000);
            funds.getRow(3).getCell(2).setCellValue(3790);
            var rateRow = wb.getSheet("绩效指标").getRow(2);
            rateRow.getCell(11).setBlank(); // no 偏差原因分析
            rateRow.getCell(10).setCellValue(8.63);
            try (var out = java.nio.file.Files.newOutputStream(low)) {
                wb.write(out);
            }
        }
        ReadResult read = new SubmissionReader().read(low);
        Evaluation e = new Evaluator().evaluate(read.submission(), read.findings());
        List<String> notes =
                e.findings().stream()
                        .filter(f -> f.ruleId().equals("R-BUDGET-NOTE"))
                        .map(
                                f ->
                                        f.severity().label()
                                                + " "
                                                + f.source().sheetCell()
                                                + " "
                                                + f.found())
                        .toList();
        assertEquals(List.of("警告 绩效指标!L3 86.31%"), notes, e.findings().toString());
        java.nio.file.Files.delete(low);
    }

    /** The slip of published tables of this kind: 年度资金总额 printed 0 | 0 | 0 over its sub-rows. */
    @Test
    void aFundsTotalThatDisagreesWithItsSubRowsBlocksTheReportAtItsCells() throws IOException {
        Path low = java.nio.file.Files.createTempFile("county-funds", ".xlsx");
        try (var in =
                        java.nio.file.Files.newInputStream(
                                DIR.resolve(CountyExample.CORRECTED_FILE));
                var wb = new XSSFWorkbook(in)) {
            var total = wb.getSheet("项目资金").getRow(2);
            for (int c = 1; c <= 3; c++) total.getCell(c).setCellValue(0);
            try (var out = java.nio.file.Files.newOutputStream(low)) {
                wb.write(out);
            }
        }
        ReadResult read = new SubmissionReader().read(low);
        Evaluation e = new Evaluator().evaluate(read.submission(), read.findings());
        List<String> sums =
                e.findings().stream()
                        .filter(f -> f.ruleId().equals("R-FUNDS-SUM"))
                        .map(
                                f ->
                                        f.severity().label()
                                                + " "
                                                + f.source().sheetCell()
                                                + " "
                                                + f.expected()
                                                + "/"
                                                + f.found())
                        .toList();
        assertEquals(
                List.of(
                        "错误 项目资金!B3 3,300.00/0.00",
                        "错误 项目资金!C3 3,530.00/0.00",
                        "错误 项目资金!D3 3,452.38/0.00"),
                sums,
                e.findings().toString());
        assertTrue(e.blocked());
        java.nio.file.Files.delete(low);
    }

    @Test
    void theReportWalksTheNationalTablesTree() throws Exception {
        Outcome o =
                new Pipeline(
                                new SubmissionReader(),
                                new Evaluator(),
                                new DocxRenderer(RenderOptions.defaults()))
                        .convert(DIR.resolve(CountyExample.CORRECTED_FILE));
        assertEquals(Status.CONVERTED, o.status(), o.findings().toString());
        Docx report = new Docx(o.report());
        List<String> h3 = report.texts("Heading3");
        for (String heading :
                List.of(
                        "1. 预算执行率分值10分，自评得分9.78分。",
                        "2. 产出指标分值50分，自评得分49.68分。其中：",
                        "3. 效益指标分值30分，自评得分30分。其中：",
                        "4. 满意度指标分值10分，自评得分10分。其中：")) {
            assertTrue(h3.contains(heading), heading + " in " + h3);
        }
        String body = String.join("\n", report.texts("BodyText"));
        assertTrue(body.contains("预算执行率，分值10分，自评得分9.78分，完成情况：全年预算数3,530.00万元"), body);
        assertTrue(body.contains("部门整体绩效目标数量指标完成情况，分值22分，自评得分21.71分，完成情况："), body);
        assertTrue(body.contains("三是，农村户厕改造数量，年度指标值是：不少于1200户，分值7分"), body);
        assertTrue(body.contains("指标主要包括预算执行率、产出指标、效益指标、满意度指标评价四大方面"), body);
        assertFalse(body.contains("履职效能") || body.contains("管理效率"), body);
        String audit = new Docx(o.auditReport()).allText();
        assertTrue(audit.contains("评分依据的指标体系：部门整体支出绩效自评表（财预〔2020〕10号）。"), audit);
        assertFalse(
                audit.contains("caiyu-2020"), "the framework by its title in the 校验报告: " + audit);
    }

    /** Month deadlines with blank 指标性质 score full marks; the overrun is one 警告 on 项目资金's 全年执行数. */
    @Test
    void theMonthsCopyScoresItsDeadlinesAndAsksAboutTheOverrun() {
        Evaluation e = evaluate(CountyExample.MONTHS_FILE);
        assertEquals("99.68", Formats.rate(e.scores().total()));
        List<org.selfeval.model.Finding> notInfo =
                e.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(1, notInfo.size(), notInfo.toString());
        assertEquals("R-BUDGET-RATE", notInfo.get(0).ruleId());
        assertEquals("项目资金!D3", notInfo.get(0).source().sheetCell());
        assertTrue(
                notInfo.get(0)
                        .message()
                        .contains("“其中：本年财政拨款”全年执行数 3,250.18 万元超过其全年预算数 3,240.00 万元"),
                notInfo.get(0).message());
        assertEquals(
                List.of("时限 2", "时限 2"),
                e.scores().leaves().stream()
                        .filter(l -> l.row().level2().value().equals("时效指标"))
                        .map(l -> l.method() + " " + Formats.plain(l.score()))
                        .toList());
    }

    private static Evaluation evaluate(String file) {
        ReadResult read = new SubmissionReader().read(DIR.resolve(file));
        assertTrue(read.readable(), read.findings().toString());
        return new Evaluator().evaluate(read.submission(), read.findings());
    }

    private static String line(GroupScore g) {
        return g.name() + " " + Formats.plain(g.weight()) + " " + Formats.rate(g.score());
    }
}
