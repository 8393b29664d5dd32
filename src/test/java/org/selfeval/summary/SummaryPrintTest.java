package org.selfeval.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.GroupScores;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.summary.roster.Roster;
import org.selfeval.testing.ClerkWorkbooks;

/**
 * 汇总.xlsx on paper, read back from the file the writer saves: the page setup Excel and WPS print
 * with.
 */
class SummaryPrintTest {

    @Test
    void theSummaryPrintsWithTitlePageNumbersRepeatedHeadersAndAWidthOverSeveralPages(
            @TempDir Path dir) throws Exception {
        List<ManifestEntry> entries =
                List.of(
                        entry("a", "甲区财政局", Status.CONVERTED, new BigDecimal("95.25")),
                        entry("b", "乙区教育局", Status.BLOCKED, null),
                        entry("c", "丙区民政局", Status.UNREADABLE, null));
        SummaryWriter.write(dir, entries, Roster.NONE);
        try (InputStream in =
                        Files.newInputStream(dir.resolve("2023").resolve(SummaryWriter.XLSX_NAME));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet(SummaryWorkbook.SHEET);
            PrintSetup setup = sheet.getPrintSetup();
            assertTrue(setup.getLandscape(), "landscape");
            assertEquals(PrintSetup.A4_PAPERSIZE, setup.getPaperSize());
            assertTrue(sheet.getFitToPage());
            int columns = sheet.getRow(0).getLastCellNum();
            assertTrue(columns >= 20, "columns: " + columns);
            assertTrue(
                    setup.getFitWidth() >= 2,
                    "fit to width over several pages, not " + setup.getFitWidth());
            assertEquals(0, setup.getFitHeight(), "as many pages down as the departments need");
            assertEquals(
                    CellRangeAddress.valueOf("1:1"),
                    sheet.getRepeatingRows(),
                    "header row on every page");
            assertEquals(
                    CellRangeAddress.valueOf("A:A"),
                    sheet.getRepeatingColumns(),
                    "department names on every page");
            assertTrue(
                    sheet.getHeader().getCenter().endsWith("2023年度部门整体支出绩效自评汇总表"),
                    sheet.getHeader().getCenter());
            assertEquals("第 &P 页，共 &N 页", sheet.getFooter().getCenter());
            PaneInformation pane = sheet.getPaneInformation();
            assertEquals(
                    List.of(1, 1),
                    List.of(
                            (int) pane.getVerticalSplitLeftColumn(),
                            (int) pane.getHorizontalSplitTopRow()),
                    "frozen header row and name column");

            // 总分 and 等级 in columns of their own; a colour per status
            List<String> header = header(sheet.getRow(0));
            int total = header.indexOf("总分\n（满分100）");
            assertTrue(total >= 0 && header.indexOf("等级") >= 0, header.toString());
            assertNotEquals(total, header.indexOf("等级"));
            int status = header.indexOf(SummaryTable.STATUS);
            Set<String> fills = new HashSet<>();
            for (int r = 1; r <= 3; r++) {
                XSSFCellStyle style = sheet.getRow(r).getCell(status).getCellStyle();
                fills.add(style.getFillForegroundXSSFColor().getARGBHex());
            }
            assertEquals(3, fills.size(), "three statuses, three colours: " + fills);

            // links show a short text that fits its column, and lead to the file
            for (String column : List.of(SummaryTable.REPORT, SummaryTable.AUDIT_REPORT)) {
                int at = header.indexOf(column);
                XSSFCell link = row(sheet, "甲区财政局").getCell(at);
                assertEquals("打开" + column, link.getStringCellValue());
                assertEquals("甲区财政局/" + column + ".docx", link.getHyperlink().getAddress());
                assertTrue(
                        SummaryWorkbook.units(link.getStringCellValue())
                                < sheet.getColumnWidth(at) / 256,
                        "the link's text stays in its column");
                assertTrue(link.getCellStyle().getShrinkToFit());
            }
        }
    }

    /**
     * Every score column says what it is out of, in the words and figures of the framework each
     * department was scored by: 花都区 on guangzhou-2023, 青山县 on caiyu-2020, side by side in one
     * year's summary. Read back from the .xlsx (two header lines) and the .csv (one line).
     */
    @Test
    void scoreHeadersCarryTheirMaximumFromEachFramework(@TempDir Path dir) throws Exception {
        Evaluation huadu = ClerkWorkbooks.guangzhou().evaluate();
        Evaluation qingshan = ClerkWorkbooks.caiyu().evaluate();
        SummaryWriter.write(dir, List.of(scored("h", huadu), scored("q", qingshan)), Roster.NONE);
        List<String> expected = new ArrayList<>();
        for (String name : List.of("guangzhou-2023", "caiyu-2020")) {
            Framework f = BuiltInFrameworks.get(name).orElseThrow();
            assertEquals("100", Formats.plain(f.totalWeight()), name);
            for (String level1 : f.level1Names())
                expected.add(
                        level1
                                + "（满分"
                                + Formats.plain(f.weight(level1, "", "").orElseThrow())
                                + "）");
        }
        assertTrue(expected.contains("履职效能（满分50）"), expected.toString());
        expected.add("总分（满分100）");
        Path year = dir.resolve("2023");
        List<String> csv =
                List.of(
                        Files.readAllLines(year.resolve("汇总.csv"), StandardCharsets.UTF_8)
                                .get(0)
                                .replace("\uFEFF", "")
                                .split(","));
        try (InputStream in = Files.newInputStream(year.resolve(SummaryWriter.XLSX_NAME));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet(SummaryWorkbook.SHEET);
            List<String> xlsx = header(sheet.getRow(0));
            for (String h : expected) {
                assertTrue(csv.contains(h), h + " in " + csv);
                int at = xlsx.indexOf(h.replace("（满分", "\n（满分"));
                assertTrue(at >= 0, h + " on two lines in " + xlsx);
                assertTrue(
                        sheet.getColumnWidth(at) / 256 >= SummaryWorkbook.units("（满分100）"),
                        "the second line fits its column: " + h);
            }
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getWrapText());
            assertTrue(sheet.getRow(0).getHeightInPoints() >= 28, "two header lines");
        }
    }

    /**
     * A department scored by a bureau's edit that weighs a group differently: the header gives
     * both.
     */
    @Test
    void aGroupWeighedDifferentlyByTwoFrameworksShowsBothMaxima(@TempDir Path dir)
            throws Exception {
        ManifestEntry a = entry("a", "甲区财政局", Status.CONVERTED, new BigDecimal("95.25"));
        ManifestEntry b = entry("b", "乙区教育局", Status.CONVERTED, new BigDecimal("90"));
        Map<String, BigDecimal> scores = new LinkedHashMap<>(b.groups().byName());
        Map<String, BigDecimal> maxima = new LinkedHashMap<>(b.groups().maxima());
        maxima.put("履职效能", new BigDecimal("55"));
        maxima.put("管理效率", new BigDecimal("45"));
        b = withGroups(b, new GroupScores(scores, maxima));
        SummaryWriter.write(dir, List.of(a, b), Roster.NONE);
        String csv =
                Files.readAllLines(dir.resolve("2023").resolve("汇总.csv"), StandardCharsets.UTF_8)
                        .get(0);
        assertTrue(
                csv.contains(",总分（满分100）,") && csv.contains(",履职效能（满分50或55）,管理效率（满分45或50）,"), csv);
    }

    private static ManifestEntry scored(String hash, Evaluation e) {
        return new ManifestEntry(
                hash,
                hash + ".xlsx",
                e.department(),
                e.year(),
                1,
                Status.CONVERTED,
                e.scores().total(),
                e.scores().grade(),
                GroupScores.of(e.scores()),
                e.budgetExecutionRate(),
                0,
                0,
                "",
                "",
                "2024-03-01 02:00:00");
    }

    private static ManifestEntry withGroups(ManifestEntry e, GroupScores groups) {
        return new ManifestEntry(
                e.hash(),
                e.source(),
                e.department(),
                e.year(),
                e.version(),
                e.status(),
                e.total(),
                e.grade(),
                groups,
                e.executionRate(),
                e.errors(),
                e.warnings(),
                e.report(),
                e.auditReport(),
                e.processedAt());
    }

    private static XSSFRow row(XSSFSheet sheet, String department) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++)
            if (sheet.getRow(r).getCell(0).getStringCellValue().equals(department))
                return sheet.getRow(r);
        throw new AssertionError("no row for " + department);
    }

    private static List<String> header(XSSFRow row) {
        List<String> cells = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++)
            cells.add(row.getCell(c).getStringCellValue());
        return cells;
    }

    private static ManifestEntry entry(
            String hash, String department, Status status, BigDecimal total) {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        if (total != null) {
            groups.put("履职效能", new BigDecimal("47.25"));
            groups.put("管理效率", new BigDecimal("48"));
        }
        Map<String, BigDecimal> maxima = new LinkedHashMap<>();
        groups.keySet().forEach(name -> maxima.put(name, new BigDecimal("50")));
        String folder = "2023/" + department + "/";
        return new ManifestEntry(
                hash,
                hash + ".xlsx",
                department,
                "2023",
                1,
                status,
                total,
                total == null ? "" : "优",
                new GroupScores(groups, maxima),
                total == null ? null : new BigDecimal("99.75"),
                status == Status.BLOCKED ? 2 : 0,
                0,
                total == null ? "" : folder + "报告.docx",
                folder + "校验报告.docx",
                "2024-03-01 02:00:00");
    }
}
