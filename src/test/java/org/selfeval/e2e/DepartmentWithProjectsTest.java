package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.docx4j.wml.Tbl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Main;
import org.selfeval.model.Formats;
import org.selfeval.report.Docx;
import picocli.CommandLine;

/**
 * A department that sends its three projects' tables with its own workbook (the examples'
 * qingshan-agri-2023-corrected.xlsx with the three project sheets of
 * qingshan-agri-2023-projects.xlsx copied in, as a clerk's 移动或复制 does): its report's 重点项目 section
 * lists every project with the figures of the project's own cells and the score and grade of the
 * project's own published table.
 */
class DepartmentWithProjectsTest {

    static final Path EXAMPLES = Path.of("input-templates", "examples");
    static final List<String> SHEETS = List.of("高标准农田建设", "农村户厕改造", "动物疫病防控");

    @TempDir static Path dir;
    static Path workbook;
    static Path folder;
    static String console;
    static Docx report;

    @BeforeAll
    static void convert() throws Exception {
        workbook = dir.resolve("qingshan-with-projects.xlsx");
        try (InputStream d =
                        Files.newInputStream(
                                EXAMPLES.resolve("qingshan-agri-2023-corrected.xlsx"));
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
        Path out = dir.resolve("out");
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter(), std = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(std, true));
        cl.execute("convert", workbook.toString(), "--out", out.toString());
        console = std + "\n" + err;
        folder = out.resolve("2023").resolve("青山县农业农村局");
        report = new Docx(Files.readAllBytes(folder.resolve("2023年度青山县农业农村局部门整体支出绩效自评报告.docx")));
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

    @Test
    void theReportListsEveryProjectWithTheFiguresOfItsCells() throws Exception {
        assertTrue(console.contains("项目支出绩效自评表共 3 个，自评表已生成 3 个"), console);
        Tbl listing = listing();
        List<List<String>> rows = Docx.cells(listing);
        assertEquals(
                List.of("序号", "项目名称", "全年预算数(万元)", "全年执行数(万元)", "执行率(%)", "自评得分", "评价等级"),
                rows.get(0).stream().map(h -> h.replace("\n", "")).toList());
        assertEquals(4, rows.size(), rows.toString());
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            for (int i = 0; i < SHEETS.size(); i++) {
                Sheet s = wb.getSheet(SHEETS.get(i));
                List<String> row = rows.get(i + 1);
                assertEquals(String.valueOf(i + 1), row.get(0));
                assertEquals(right(s, "项目名称"), row.get(1));
                BigDecimal budget = fundsCell(s, "全年预算数"), executed = fundsCell(s, "全年执行数");
                assertEquals(Formats.amount(budget), row.get(2), row.toString());
                assertEquals(Formats.amount(executed), row.get(3), row.toString());
                assertEquals(
                        executed.multiply(BigDecimal.valueOf(100))
                                .divide(budget, 2, RoundingMode.HALF_UP)
                                .toPlainString(),
                        row.get(4));
                // the score and grade are those the project's own published table prints
                // (its 复核得分 column, when it has one, is the last)
                List<String> total =
                        ownTotal(right(s, "项目名称")).stream().filter(t -> !t.isBlank()).toList();
                assertEquals(total.get(total.size() - 1), row.get(5), total + " " + row);
            }
        }
        assertEquals(
                List.of("优", "优", "中"), rows.subList(1, 4).stream().map(r -> r.get(6)).toList());
    }

    @Test
    void theSectionSaysHowManyProjectsWereSelfEvaluatedAndWhyTheCappedOneScoresLess() {
        String text = report.allText();
        BigDecimal sum = BigDecimal.ZERO;
        for (List<String> row : Docx.cells(listing()).subList(1, 4))
            sum = sum.add(new BigDecimal(row.get(2).replace(",", "")));
        assertTrue(
                text.contains(
                        "本部门组织对2023年度项目支出开展绩效自评，二级项目3个，共涉及资金"
                                + Formats.amount(sum)
                                + "万元。其中自评等级为“优”的2个、“中”的1个。"),
                text);
        assertTrue(text.contains("2023年项目支出绩效自评情况"), text);
        assertTrue(
                text.contains(
                        "重大动物疫病防控：执行率65.00%，按评分规则“执行率60%–70%”（执行率≥60%且<70%：总分最高79分），各项得分之和85分，总分按79分计。"),
                text);
        // the listing sits in （三）各重点任务项目支出完成情况分析, before （四）主要工作成效
        int section = text.indexOf("（三）各重点任务项目支出完成情况分析"),
                listing = text.indexOf("本部门组织对2023年度项目支出开展绩效自评"),
                next = text.indexOf("（四）主要工作成效");
        assertTrue(section < listing && listing < next, text);
    }

    private static Tbl listing() {
        return report.tables().stream()
                .filter(t -> Docx.cells(t).get(0).contains("自评得分"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no project listing in " + report.allText()));
    }

    /** The 总分 row of the project's own 自评表 .docx. */
    private static List<String> ownTotal(String project) throws Exception {
        Docx own =
                new Docx(
                        Files.readAllBytes(
                                folder.resolve("项目支出绩效自评")
                                        .resolve("2023年度" + project + "项目支出绩效自评表.docx")));
        List<List<String>> indicators = Docx.cells(own.tables().get(3));
        return indicators.get(indicators.size() - 1);
    }

    private static String right(Sheet s, String key) {
        for (Row r : s)
            for (Cell c : r)
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(key)) {
                    for (int k = c.getColumnIndex() + 1; k < c.getColumnIndex() + 8; k++) {
                        Cell v = r.getCell(k);
                        if (v != null && v.getCellType() == CellType.STRING)
                            return v.getStringCellValue();
                    }
                }
        throw new AssertionError(key);
    }

    /** 年度资金总额's value in the column headed {@code header}. */
    private static BigDecimal fundsCell(Sheet s, String header) {
        int col = -1, row = -1;
        List<Row> rows = new ArrayList<>();
        s.forEach(rows::add);
        for (Row r : rows)
            for (Cell c : r)
                if (c.getCellType() == CellType.STRING) {
                    if (c.getStringCellValue().equals(header) && col < 0) col = c.getColumnIndex();
                    if (c.getStringCellValue().equals("年度资金总额")) row = r.getRowNum();
                }
        return BigDecimal.valueOf(s.getRow(row).getCell(col).getNumericCellValue());
    }
}
