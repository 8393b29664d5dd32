package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selfeval.model.WorkbookContract;

class TemplateWriterTest {

    private Workbook wb;

    @BeforeEach
    void open() throws IOException {
        wb = WorkbookFactory.create(new ByteArrayInputStream(new TemplateWriter().bytes()));
    }

    @AfterEach
    void close() throws IOException {
        wb.close();
    }

    @Test
    void hasGuideDataSheetsInContractOrderAndHiddenListsLast() {
        List<String> names = new ArrayList<>();
        for (Sheet s : wb) names.add(s.getSheetName());
        List<String> expected = new ArrayList<>();
        expected.add(WorkbookContract.SHEET_GUIDE);
        expected.addAll(WorkbookContract.DATA_SHEETS);
        expected.add(TemplateLayout.LIST_SHEET);
        assertEquals(expected, names);
        assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(names.size() - 1));
        assertEquals(SheetVisibility.VISIBLE, wb.getSheetVisibility(1));
    }

    @Test
    void everyTableHasATitleAboveItsContractHeaders() {
        assertHeaders(WorkbookContract.SHEET_INCOME, WorkbookContract.COMPARISON_HEADERS);
        assertHeaders(WorkbookContract.SHEET_EXPENDITURE, WorkbookContract.COMPARISON_HEADERS);
        assertHeaders(WorkbookContract.SHEET_INDICATORS, WorkbookContract.INDICATOR_HEADERS);
        assertHeaders(WorkbookContract.SHEET_PROJECTS, WorkbookContract.PROJECT_HEADERS);
        assertHeaders(
                WorkbookContract.SHEET_INFO,
                List.of(WorkbookContract.KEY, WorkbookContract.INFO_VALUE));
        assertHeaders(
                WorkbookContract.SHEET_MANAGEMENT,
                List.of(WorkbookContract.KEY, WorkbookContract.MANAGEMENT_VALUE));
        assertTrue(text(WorkbookContract.SHEET_INCOME, "A1").contains("单位：万元"));
    }

    @Test
    void keyValueSheetsListTheContractKeys() {
        assertEquals(WorkbookContract.INFO_KEYS, column(WorkbookContract.SHEET_INFO, 0));
        assertEquals(
                List.of(
                        "公用经费实际支出",
                        "公用经费预算",
                        "三公经费实际支出",
                        "三公经费预算",
                        "在用固定资产总额",
                        "固定资产总额",
                        "结转结余金额",
                        "备案合同数",
                        "超期备案合同数"),
                column(WorkbookContract.SHEET_MANAGEMENT, 0));
        assertEquals("万元", text(WorkbookContract.SHEET_INFO, "B5"));
        assertEquals(List.of("合计", "财政拨款收入", "其他收入"), column(WorkbookContract.SHEET_INCOME, 0));
        assertEquals(List.of("合计", "基本支出", "项目支出"), column(WorkbookContract.SHEET_EXPENDITURE, 0));
    }

    @Test
    void headersAreLockedInputsUnlockedAndSheetsProtectedWithoutPassword() {
        for (String name : WorkbookContract.DATA_SHEETS) {
            Sheet s = wb.getSheet(name);
            assertTrue(s.getProtect(), name);
            assertTrue(
                    s.getRow(TemplateLayout.HEADER_ROW).getCell(0).getCellStyle().getLocked(),
                    name);
            assertTrue(s.getPaneInformation().isFreezePane(), name);
            assertEquals(
                    TemplateLayout.FIRST_DATA_ROW,
                    s.getPaneInformation().getHorizontalSplitTopRow(),
                    name);
            assertTrue(
                    wb.getFontAt(
                                    s.getRow(TemplateLayout.HEADER_ROW)
                                            .getCell(0)
                                            .getCellStyle()
                                            .getFontIndex())
                            .getBold());
        }
        assertFalse(cell(WorkbookContract.SHEET_INFO, "B3").getCellStyle().getLocked());
        assertFalse(cell(WorkbookContract.SHEET_INCOME, "B3").getCellStyle().getLocked());
        assertEquals(
                "#,##0.00",
                cell(WorkbookContract.SHEET_INCOME, "B3").getCellStyle().getDataFormatString());
        assertTrue(cell(WorkbookContract.SHEET_INCOME, "D3").getCellStyle().getLocked());
        assertFalse(cell(WorkbookContract.SHEET_INDICATORS, "K3").getCellStyle().getLocked());
        for (String name : WorkbookContract.DATA_SHEETS) {
            var protection =
                    ((org.apache.poi.xssf.usermodel.XSSFSheet) wb.getSheet(name))
                            .getCTWorksheet()
                            .getSheetProtection();
            assertFalse(
                    protection.isSetPassword() || protection.isSetHashValue(),
                    name + " must open without a password");
        }
    }

    @Test
    void differenceRateAndExecutionFormulasWork() {
        Sheet income = wb.getSheet(WorkbookContract.SHEET_INCOME);
        income.getRow(2).getCell(1).setCellValue(22918.41);
        income.getRow(2).getCell(2).setCellValue(21314.56);
        income.getRow(4).getCell(1).setCellValue(5);
        income.getRow(4).getCell(2).setCellValue(0);
        Sheet projects = wb.getSheet(WorkbookContract.SHEET_PROJECTS);
        projects.getRow(2).getCell(3).setCellValue(117);
        projects.getRow(2).getCell(4).setCellValue(70.02);
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        assertEquals(1603.85, ev.evaluate(income.getRow(2).getCell(3)).getNumberValue(), 1e-9);
        assertEquals(7.5247, ev.evaluate(income.getRow(2).getCell(4)).getNumberValue(), 1e-4);
        assertEquals("—", ev.evaluate(income.getRow(4).getCell(4)).getStringValue());
        assertEquals(
                "",
                ev.evaluate(income.getRow(8).getCell(3)).getStringValue(),
                "unused rows stay empty");
        assertEquals(59.846, ev.evaluate(projects.getRow(2).getCell(5)).getNumberValue(), 1e-3);
    }

    @Test
    void indicatorDropdownsOfferTheDesignLists() {
        Sheet s = wb.getSheet(WorkbookContract.SHEET_INDICATORS);
        assertEquals(WorkbookContract.NATURES, listAt(s, IndicatorSheet.NATURE));
        assertEquals(
                List.of(
                        "支出率", "正向", "反向", "等于", "时限", "阈值", "零容忍", "定性", "公用经费控制率", "三公经费控制",
                        "固定资产利用率", "结转结余率", "合同备案时效"),
                listAt(s, IndicatorSheet.METHOD));
        assertEquals(List.of("履职效能", "管理效率", "合计"), listAt(s, IndicatorSheet.LEVEL1));
        assertTrue(
                listAt(s, IndicatorSheet.LEVEL2)
                        .containsAll(
                                List.of(
                                        "产出指标",
                                        "效益指标",
                                        "部门预算资金支出率",
                                        "预算编制",
                                        "预算执行",
                                        "信息公开",
                                        "绩效管理",
                                        "采购管理",
                                        "资产管理",
                                        "运行成本")));
        List<String> level3 = listAt(s, IndicatorSheet.LEVEL3);
        assertTrue(
                String.join(",", level3).length() > TemplateLayout.INLINE_LIST_LIMIT,
                "the long list needs the hidden sheet");
        assertTrue(level3.containsAll(List.of("数量指标", "合同备案时效性", "固定资产利用率")));
    }

    @Test
    void managementTreeIsPrefilledWithWeightsAndSubtotals() {
        Sheet s = wb.getSheet(WorkbookContract.SHEET_INDICATORS);
        double leaves = 0;
        int subtotals = 0;
        Row total = null;
        for (Row row : s) {
            if (row.getRowNum() < TemplateLayout.FIRST_DATA_ROW) continue;
            String l1 = row.getCell(0).getStringCellValue();
            String content = row.getCell(IndicatorSheet.CONTENT).getStringCellValue();
            if ("合计".equals(l1)) total = row;
            else if ("小计".equals(content)) subtotals++;
            else if ("管理效率".equals(l1))
                leaves += row.getCell(IndicatorSheet.WEIGHT).getNumericCellValue();
        }
        assertEquals(50, leaves, 1e-9);
        assertEquals(3 + 7 + 1, subtotals, "产出, 效益, 履职效能, seven 管理效率 groups and 管理效率");
        assertEquals(100, total.getCell(IndicatorSheet.WEIGHT).getNumericCellValue(), 1e-9);
    }

    @Test
    void guideExplainsEverySheetAndKey() {
        StringBuilder all = new StringBuilder();
        for (Row row : wb.getSheet(WorkbookContract.SHEET_GUIDE)) {
            for (Cell c : row) all.append(c.getStringCellValue()).append('\n');
        }
        String guide = all.toString();
        for (String name : WorkbookContract.DATA_SHEETS) assertTrue(guide.contains(name), name);
        for (String key : WorkbookContract.INFO_KEYS) assertTrue(guide.contains(key), key);
        for (String key : column(WorkbookContract.SHEET_MANAGEMENT, 0))
            assertTrue(guide.contains(key), key);
        for (String method :
                listAt(wb.getSheet(WorkbookContract.SHEET_INDICATORS), IndicatorSheet.METHOD)) {
            assertTrue(guide.contains(method), method);
        }
        assertTrue(guide.contains("小计") && guide.contains("合计") && guide.contains("万元"));
    }

    private List<String> listAt(Sheet s, int column) {
        for (DataValidation v : s.getDataValidations()) {
            if (v.getRegions().getCellRangeAddresses()[0].getFirstColumn() != column) continue;
            String[] explicit = v.getValidationConstraint().getExplicitListValues();
            if (explicit != null) return List.of(explicit);
            // a named range on the hidden list sheet
            var name = wb.getName(v.getValidationConstraint().getFormula1());
            var area =
                    new org.apache.poi.ss.util.AreaReference(
                            name.getRefersToFormula(), wb.getSpreadsheetVersion());
            List<String> values = new ArrayList<>();
            for (CellReference ref : area.getAllReferencedCells()) {
                values.add(
                        wb.getSheet(ref.getSheetName())
                                .getRow(ref.getRow())
                                .getCell(ref.getCol())
                                .getStringCellValue());
            }
            return values;
        }
        throw new AssertionError("no dropdown in column " + column);
    }

    private void assertHeaders(String sheet, List<String> headers) {
        Row header = wb.getSheet(sheet).getRow(TemplateLayout.HEADER_ROW);
        for (int i = 0; i < headers.size(); i++)
            assertEquals(headers.get(i), header.getCell(i).getStringCellValue(), sheet);
        assertFalse(text(sheet, "A1").isBlank(), sheet + " title");
    }

    private List<String> column(String sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : wb.getSheet(sheet)) {
            Cell c = row.getCell(column);
            if (row.getRowNum() >= TemplateLayout.FIRST_DATA_ROW
                    && c != null
                    && c.getCellType() == CellType.STRING
                    && !c.getStringCellValue().isBlank()) {
                values.add(c.getStringCellValue());
            }
        }
        return values;
    }

    private Cell cell(String sheet, String ref) {
        CellReference r = new CellReference(ref);
        return wb.getSheet(sheet).getRow(r.getRow()).getCell(r.getCol());
    }

    private String text(String sheet, String ref) {
        return cell(sheet, ref).getStringCellValue();
    }
}
