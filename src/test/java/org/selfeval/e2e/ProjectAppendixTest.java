package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.cli.Main;
import org.selfeval.model.Formats;
import org.selfeval.report.Docx;
import picocli.CommandLine;

/**
 * The department report's 附表2 listing every project that came with the department, for both
 * built-in department frameworks: the examples' corrected workbooks (花都区, guangzhou-2023; 青山县,
 * caiyu-2020) with the three project sheets of qingshan-agri-2023-projects.xlsx copied in,
 * converted by the real program, the report read back. The same workbook without its project sheets
 * keeps its single 附表.
 */
class ProjectAppendixTest {

    static final Path EXAMPLES = Path.of("input-templates", "examples");
    static final List<String> SHEETS = List.of("高标准农田建设", "农村户厕改造", "动物疫病防控");

    @TempDir Path dir;

    @ParameterizedTest
    @CsvSource({
        "huadu-amr-2023-corrected.xlsx, 广州市花都区市场监督管理局",
        "qingshan-agri-2023-corrected.xlsx, 青山县农业农村局"
    })
    void theReportAppendsATableOfEveryProjectAfterTheDepartmentsOwn(
            String example, String department) throws Exception {
        Path workbook = dir.resolve("with-projects.xlsx");
        try (InputStream d = Files.newInputStream(EXAMPLES.resolve(example));
                Workbook dept = WorkbookFactory.create(d);
                Workbook projects =
                        WorkbookFactory.create(
                                EXAMPLES.resolve("qingshan-agri-2023-projects.xlsx").toFile(),
                                null,
                                true)) {
            for (String name : SHEETS) copy(projects.getSheet(name), dept.createSheet(name));
            try (OutputStream out = Files.newOutputStream(workbook)) {
                dept.write(out);
            }
        }
        Docx report = convert(workbook, "with");
        String text = report.allText();
        int first = text.indexOf("附表1\n部门整体支出绩效自评表");
        int second = text.indexOf("附表2\n2023年度项目支出绩效自评情况表");
        assertTrue(first > 0 && second > first, text);
        assertFalse(text.contains("附表\n部门整体支出绩效自评表"), text);

        List<Tbl> tables = report.tables();
        List<List<String>> listing = Docx.cells(tables.get(indexOf(tables, "自评得分", 0)));
        List<List<String>> appendix =
                Docx.cells(tables.get(indexOf(tables, "自评得分", 1) /* the 附表2 */));
        assertEquals(
                List.of("序号", "项目名称", "全年预算数(万元)", "全年执行数(万元)", "执行率(%)", "自评得分", "评价等级"),
                appendix.get(0).stream().map(h -> h.replace("\n", "")).toList());
        assertEquals(5, appendix.size(), appendix.toString());
        // every project as the 重点项目 section lists it (its own cells, its own table's score)
        assertEquals(listing.subList(1, 4), appendix.subList(1, 4));
        assertEquals(
                List.of("高标准农田建设", "农村户厕改造", "重大动物疫病防控"),
                appendix.subList(1, 4).stream().map(r -> r.get(1)).toList());
        assertEquals(
                List.of("优", "优", "中"),
                appendix.subList(1, 4).stream().map(r -> r.get(6)).toList());
        // the 合计 row: the sums, and the 执行率 of the sums
        BigDecimal budget = BigDecimal.ZERO, executed = BigDecimal.ZERO;
        for (List<String> r : appendix.subList(1, 4)) {
            budget = budget.add(new BigDecimal(r.get(2).replace(",", "")));
            executed = executed.add(new BigDecimal(r.get(3).replace(",", "")));
        }
        List<String> total = appendix.get(4);
        assertEquals("合计", total.get(1));
        assertEquals(Formats.amount(budget), total.get(2));
        assertEquals(Formats.amount(executed), total.get(3));
        assertEquals(
                executed.multiply(BigDecimal.valueOf(100))
                        .divide(budget, 2, RoundingMode.HALF_UP)
                        .toPlainString(),
                total.get(4));
        int notes = text.indexOf("注：金额取各项目自评表“年度资金总额”一行", second);
        assertTrue(notes > second, text);
        assertTrue(
                text.indexOf("重大动物疫病防控：执行率65.00%，按评分规则“执行率60%–70%”", notes) > notes,
                "the capped project's note under the appendix too: " + text);
        assertTrue(text.contains(department), text);

        // the 附件说明 under the body text names both, as they head themselves, numbered
        assertEquals(
                List.of("附件：1．部门整体支出绩效自评表", "2．2023年度项目支出绩效自评情况表"),
                attachmentNote(report, List.of(new int[] {650, 450}, new int[] {650, 150})));
        assertTrue(text.contains("\n部门整体支出绩效自评表\n预算资金（万元）"), text);

        // the department's workbook alone: one 附表, no 附表2, and one name with no number
        Docx alone = convert(EXAMPLES.resolve(example), "alone");
        assertTrue(alone.allText().contains("附表\n部门整体支出绩效自评表"), alone.allText());
        assertFalse(alone.allText().contains("项目支出绩效自评情况表"), alone.allText());
        assertEquals(
                List.of("附件：部门整体支出绩效自评表"), attachmentNote(alone, List.of(new int[] {500, 300})));
    }

    /**
     * The 附件说明 as GB/T 9704-2012 7.3.2 lays it out: after the body text of 四、下一步改进措施, one line left
     * blank (28 pt above, the 正文 line; the report has no empty paragraphs), then one 正文 paragraph
     * per attachment, each indented as {@code indents} says ({leftChars, hangingChars}: "附件："
     * starts 2 characters in, a further "2．" under the "1．", a wrapped name under its first
     * character; the twips LibreOffice reads agree, 320 to a 3号 character); the appendices follow
     * on a new page. Returns the items' texts.
     */
    private static List<String> attachmentNote(Docx report, List<int[]> indents) {
        List<Object> body = report.body();
        int heading = -1;
        for (int i = 0; i < body.size(); i++)
            if (body.get(i) instanceof P p && Docx.text(p).equals("四、下一步改进措施")) heading = i;
        assertTrue(heading > 0, "no 四、下一步改进措施");
        int first = heading + 1;
        while (!Docx.text(body.get(first)).startsWith("附件：")) {
            assertEquals("BodyText", Docx.style((P) body.get(first)));
            first++;
        }
        assertTrue(first > heading + 1, "the body text of 四、下一步改进措施 comes first");
        List<String> items = new java.util.ArrayList<>();
        for (int k = 0; k < indents.size(); k++) {
            P item = (P) body.get(first + k);
            assertEquals("BodyText", Docx.style(item));
            var spacing = item.getPPr().getSpacing();
            if (k == 0) assertEquals(560, spacing.getBefore().intValue(), "one line left blank");
            else assertEquals(null, spacing);
            var ind = item.getPPr().getInd();
            assertEquals(indents.get(k)[0], ind.getLeftChars().intValue(), Docx.text(item));
            assertEquals(indents.get(k)[1], ind.getHangingChars().intValue(), Docx.text(item));
            assertEquals(0, ind.getFirstLineChars().intValue(), "the style's first line undone");
            assertEquals(indents.get(k)[0] * 320 / 100, ind.getLeft().intValue());
            assertEquals(indents.get(k)[1] * 320 / 100, ind.getHanging().intValue());
            items.add(Docx.text(item));
        }
        P next = (P) body.get(first + indents.size());
        assertTrue(Docx.text(next).startsWith("附表"), Docx.text(next));
        assertTrue(next.getPPr().getPageBreakBefore() != null, "the appendix starts a new page");
        return items;
    }

    private Docx convert(Path workbook, String name) throws Exception {
        Path out = dir.resolve(name);
        CommandLine cl = Main.commandLine();
        StringWriter console = new StringWriter();
        cl.setErr(new PrintWriter(console, true));
        cl.setOut(new PrintWriter(console, true));
        cl.execute("convert", workbook.toString(), "--out", out.toString());
        try (var found = Files.walk(out)) {
            Path report =
                    found.filter(p -> p.getFileName().toString().endsWith("部门整体支出绩效自评报告.docx"))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(console.toString()));
            return new Docx(Files.readAllBytes(report));
        }
    }

    /** The index of the {@code nth} table whose header holds {@code header}. */
    private static int indexOf(List<Tbl> tables, String header, int nth) {
        int seen = 0;
        for (int i = 0; i < tables.size(); i++) {
            if (Docx.cells(tables.get(i)).get(0).contains(header) && seen++ == nth) return i;
        }
        throw new AssertionError("no table " + nth + " headed " + header);
    }

    /** The cells' values as the clerk's workbook holds them (a formula's cached result). */
    private static void copy(Sheet from, Sheet to) {
        for (Row r : from) {
            Row nr = to.createRow(r.getRowNum());
            for (Cell c : r) {
                Cell nc = nr.createCell(c.getColumnIndex());
                CellType type =
                        c.getCellType() == CellType.FORMULA
                                ? c.getCachedFormulaResultType()
                                : c.getCellType();
                switch (type) {
                    case NUMERIC -> nc.setCellValue(c.getNumericCellValue());
                    case STRING -> nc.setCellValue(c.getStringCellValue());
                    default -> {}
                }
            }
        }
    }
}
