package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.FormulaInput;
import org.selfeval.model.WorkbookContract;

/**
 * The committed examples in input-templates/examples must be what {@link ReferenceExample} writes,
 * and must hold the reference report's figures. Regenerate with {@code mvn -o test
 * -Dtest=ReferenceExampleTest -Dselfeval.regenerate=true}.
 */
class ReferenceExampleTest {

    static final Path DIR = ReferenceExample.EXAMPLES;

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("selfeval.regenerate")) ReferenceExample.writeAll(DIR);
    }

    @Test
    void committedWorkbooksMatchTheFixture() throws IOException {
        for (ReferenceExample.Version v : ReferenceExample.Version.values()) {
            try (XSSFWorkbook wb = ReferenceExample.workbook(v)) {
                assertEquals(
                        WorkbookSnapshot.of(TemplateWriter.bytes(wb)),
                        WorkbookSnapshot.of(DIR.resolve(ReferenceExample.fileName(v))),
                        ReferenceExample.fileName(v));
            }
        }
        Path split = DIR.resolve(ReferenceExample.SPLIT_DIR);
        for (Map.Entry<String, Set<String>> e : ReferenceExample.SPLIT.entrySet()) {
            try (XSSFWorkbook wb = ReferenceExample.splitWorkbook(e.getValue())) {
                assertEquals(
                        WorkbookSnapshot.of(TemplateWriter.bytes(wb)),
                        WorkbookSnapshot.of(split.resolve(e.getKey())),
                        e.getKey());
            }
        }
        assertArrayEquals(
                ReferenceExample.managementCsv(),
                Files.readAllBytes(split.resolve(ReferenceExample.MANAGEMENT_CSV)));
    }

    @Test
    void asPublishedCarriesThePrintedFiguresSlipsIncluded() throws IOException {
        try (Workbook wb = open(DIR.resolve(ReferenceExample.AS_PUBLISHED_FILE))) {
            assertEquals("广州市花都区市场监督管理局", info(wb, "部门名称").getStringCellValue());
            assertEquals(15, info(wb, "主要职责").getStringCellValue().split("\n").length);
            assertTrue(info(wb, "主要职责").getStringCellValue().startsWith("负责市场综合监督管理和知识产权管理。"));
            assertNumber("4490.04", info(wb, "二级项目资金"));
            assertNumber("22928.75", info(wb, "整体支出自评金额"));
            assertNumber("22975.66", info(wb, "全年预算数"));
            assertNumber("22918.41", comparison(wb, WorkbookContract.SHEET_INCOME, "合计", "本年决算"));
            assertNumber("21314.56", comparison(wb, WorkbookContract.SHEET_INCOME, "合计", "上年决算"));
            assertNumber("-100", comparison(wb, WorkbookContract.SHEET_INCOME, "其他收入", "差异率(%)"));
            assertNumber(
                    "4490.28", comparison(wb, WorkbookContract.SHEET_EXPENDITURE, "项目支出", "本年决算"));
            assertNumber(
                    "77.89", comparison(wb, WorkbookContract.SHEET_EXPENDITURE, "项目支出", "差异率(%)"));
            assertNumber("9", indicator(wb, "资产管理", "小计"));
            assertNumber("3", indicator(wb, "运行成本", "“三公”经费控制情况"));
            assertNumber("48", indicator(wb, "管理效率", "小计"));
            assertNumber("46.98", indicator(wb, "履职效能", "小计"));
            assertNumber("94.98", indicator(wb, "合计", null));
            assertNumber("0", project(wb, 3, "实际支出率(%)"));
            assertNumber(
                    "1139.68", info(wb.getSheet(WorkbookContract.SHEET_MANAGEMENT), "公用经费实际支出"));
        }
    }

    @Test
    void asPublishedSubtotalsAreThePrintedOnesAndDisagreeWithTheirParts() throws IOException {
        try (Workbook wb = open(DIR.resolve(ReferenceExample.AS_PUBLISHED_FILE))) {
            assertEquals(
                    0,
                    new BigDecimal("10").compareTo(leafSum(wb, "资产管理")),
                    "the six items add up to 10, printed 9");
            assertEquals(0, new BigDecimal("17").compareTo(leafSum(wb, "产出指标")));
            assertEquals(0, new BigDecimal("9").compareTo(leafSum(wb, "采购管理")));
        }
    }

    @Test
    void correctedVersionFixesTheSlipsAndAddsUp() throws IOException {
        try (Workbook wb = open(DIR.resolve(ReferenceExample.CORRECTED_FILE))) {
            assertNumber("4490.28", info(wb, "二级项目资金"));
            assertNumber("22918.66", info(wb, "整体支出自评金额"));
            assertNumber("10", indicator(wb, "资产管理", "小计"));
            assertNumber("2", indicator(wb, "运行成本", "“三公”经费控制情况"));
            assertEquals("—", project(wb, 3, "实际支出率(%)").getStringCellValue());
            BigDecimal groups = BigDecimal.ZERO;
            for (String g : List.of("预算编制", "预算执行", "信息公开", "绩效管理", "采购管理", "资产管理", "运行成本")) {
                BigDecimal subtotal = number(indicator(wb, g, "小计"));
                assertEquals(0, subtotal.compareTo(leafSum(wb, g)), g);
                groups = groups.add(subtotal);
            }
            assertEquals(0, groups.compareTo(number(indicator(wb, "管理效率", "小计"))));
            assertEquals(0, new BigDecimal("94.98").compareTo(number(indicator(wb, "合计", null))));
        }
    }

    @Test
    void splitSubmissionHoldsTheSheetsOfficesSend() throws IOException {
        Path split = DIR.resolve(ReferenceExample.SPLIT_DIR);
        try (Workbook wb = open(split.resolve("预算表.xlsx"))) {
            assertEquals(List.of("基本信息", "收入决算", "支出决算"), sheetNames(wb));
            assertNumber("4490.28", info(wb, "二级项目资金"));
        }
        try (Workbook wb = open(split.resolve("绩效指标.xlsx"))) {
            assertEquals(List.of("绩效指标", TemplateLayout.LIST_SHEET), sheetNames(wb));
            assertNumber("10", indicator(wb, "资产管理", "小计"));
            assertNotNull(wb.getName("List_Level3"), "dropdowns keep their list");
        }
        try (Workbook wb = open(split.resolve("重点项目.xlsx"))) {
            assertEquals(List.of("重点项目"), sheetNames(wb));
            assertTrue(
                    wb.getAllNames().stream().allMatch(n -> n.getSheetIndex() >= 0),
                    "no dangling dropdown names");
            assertNumber("70.02", project(wb, 1, "实际支出"));
        }
        String csv =
                new String(
                        Files.readAllBytes(split.resolve(ReferenceExample.MANAGEMENT_CSV)),
                        ReferenceExample.GBK);
        List<CSVRecord> records =
                CSVFormat.EXCEL
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(csv))
                        .getRecords();
        assertEquals(
                BuiltInFrameworks.defaultFramework().managementItems().stream()
                        .map(FormulaInput::item)
                        .toList(),
                records.stream().map(r -> r.get("项目")).toList());
        assertEquals("1,139.68", records.get(0).get("数值"));
        assertEquals("4", records.get(8).get("数值"));
        assertTrue(csv.contains("\r\n"));
    }

    // --- reading helpers: header-driven lookups straight on POI, like a person reading the sheet
    // ---

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    private static List<String> sheetNames(Workbook wb) {
        List<String> names = new ArrayList<>();
        for (Sheet s : wb) names.add(s.getSheetName());
        return names;
    }

    private static Cell info(Workbook wb, String key) {
        return info(wb.getSheet(WorkbookContract.SHEET_INFO), key);
    }

    private static Cell info(Sheet s, String key) {
        return s.getRow(rowWith(s, 0, key)).getCell(1);
    }

    private static Cell comparison(Workbook wb, String sheet, String label, String header) {
        Sheet s = wb.getSheet(sheet);
        return s.getRow(rowWith(s, 0, label)).getCell(column(s, header));
    }

    private static Cell project(Workbook wb, int number, String header) {
        Sheet s = wb.getSheet(WorkbookContract.SHEET_PROJECTS);
        for (Row row : s) {
            Cell c = row.getCell(column(s, "序号"));
            if (c != null
                    && c.getCellType() == CellType.NUMERIC
                    && c.getNumericCellValue() == number) {
                return row.getCell(column(s, header));
            }
        }
        throw new AssertionError("no project " + number);
    }

    /**
     * 自评得分 of the row naming {@code group} (一级 or 二级) with 三级/指标内容 {@code item}; null item = the 合计
     * row.
     */
    private static Cell indicator(Workbook wb, String group, String item) {
        Sheet s = wb.getSheet(WorkbookContract.SHEET_INDICATORS);
        int score = column(s, "自评得分");
        for (Row row : s) {
            String l1 = string(row, 0),
                    l2 = string(row, 1),
                    l3 = string(row, 2),
                    content = string(row, 3);
            if (item == null) {
                if (group.equals(l1)) return row.getCell(score);
            } else if ("小计".equals(item)) {
                boolean level1Subtotal = group.equals(l1) && l2.isEmpty();
                if ("小计".equals(content) && (level1Subtotal || group.equals(l2)))
                    return row.getCell(score);
            } else if (group.equals(l2) && item.equals(l3)) {
                return row.getCell(score);
            }
        }
        throw new AssertionError("no indicator " + group + " / " + item);
    }

    /** The sum of the leaf scores under a 二级 group. */
    private static BigDecimal leafSum(Workbook wb, String level2) {
        Sheet s = wb.getSheet(WorkbookContract.SHEET_INDICATORS);
        int score = column(s, "自评得分");
        BigDecimal sum = BigDecimal.ZERO;
        for (Row row : s) {
            if (level2.equals(string(row, 1)) && !"小计".equals(string(row, 3)))
                sum = sum.add(number(row.getCell(score)));
        }
        return sum;
    }

    private static String string(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    private static int rowWith(Sheet s, int column, String label) {
        for (Row row : s) {
            if (label.equals(string(row, column))) return row.getRowNum();
        }
        throw new AssertionError("no row " + label + " in " + s.getSheetName());
    }

    private static int column(Sheet s, String header) {
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && header.equals(c.getStringCellValue()))
                    return c.getColumnIndex();
            }
        }
        throw new AssertionError("no header " + header + " in " + s.getSheetName());
    }

    private static BigDecimal number(Cell c) {
        assertNotNull(c);
        assertEquals(CellType.NUMERIC, c.getCellType(), c.getAddress().toString());
        return new BigDecimal(Double.toString(c.getNumericCellValue()));
    }

    private static void assertNumber(String expected, Cell c) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(number(c)),
                c.getAddress() + " expected " + expected);
    }
}
