package org.selfeval.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.GroupScores;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.summary.roster.Roster;

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
            assertNotEquals(header.indexOf("总分"), header.indexOf("等级"));
            assertTrue(header.indexOf("总分") >= 0 && header.indexOf("等级") >= 0, header.toString());
            int status = header.indexOf(SummaryTable.STATUS);
            Set<String> fills = new HashSet<>();
            for (int r = 1; r <= 3; r++) {
                XSSFCellStyle style = sheet.getRow(r).getCell(status).getCellStyle();
                fills.add(style.getFillForegroundXSSFColor().getARGBHex());
            }
            assertEquals(3, fills.size(), "three statuses, three colours: " + fills);
        }
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
                new GroupScores(groups),
                total == null ? null : new BigDecimal("99.75"),
                status == Status.BLOCKED ? 2 : 0,
                0,
                total == null ? "" : folder + "报告.docx",
                folder + "校验报告.docx",
                "2024-03-01 02:00:00");
    }
}
