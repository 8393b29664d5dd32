package org.selfeval.template;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Dropdown lists. Excel refuses inline lists longer than 255 characters, so long lists go to a
 * hidden sheet behind a named range.
 */
final class Dropdowns {

    private final XSSFWorkbook wb;
    private int nextListColumn;

    Dropdowns(XSSFWorkbook wb) {
        this.wb = wb;
    }

    /**
     * Adds a dropdown over the given column's rows. {@code strict}: other values are refused;
     * otherwise Excel warns but accepts them (another bureau's indicator names).
     */
    void add(
            XSSFSheet sheet,
            int column,
            int firstRow,
            int lastRow,
            String listName,
            List<String> values,
            boolean strict,
            String prompt) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint =
                String.join(",", values).length() <= TemplateLayout.INLINE_LIST_LIMIT
                        ? helper.createExplicitListConstraint(values.toArray(String[]::new))
                        : helper.createFormulaListConstraint(namedList(listName, values));
        DataValidation v =
                helper.createValidation(
                        constraint, new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setSuppressDropDownArrow(true); // XSSF: true shows the in-cell arrow
        v.setShowErrorBox(true);
        v.setErrorStyle(
                strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        v.createErrorBox("请从下拉列表选择", strict ? "只能填写下拉列表中的值。" : "该值不在下拉列表中，请确认是否本地区另有规定。");
        v.setShowPromptBox(true);
        v.createPromptBox("填写提示", prompt);
        sheet.addValidationData(v);
    }

    /** Writes the values into the next column of the hidden list sheet and names that range. */
    private String namedList(String listName, List<String> values) {
        XSSFSheet lists = wb.getSheet(TemplateLayout.LIST_SHEET);
        if (lists == null) {
            lists = wb.createSheet(TemplateLayout.LIST_SHEET);
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
        }
        int column = nextListColumn++;
        for (int i = 0; i < values.size(); i++) {
            SheetScaffold.cell(lists, i, column).setCellValue(values.get(i));
        }
        Name name = wb.createName();
        name.setNameName(listName);
        String col = CellReference.convertNumToColString(column);
        name.setRefersToFormula(
                "'" + TemplateLayout.LIST_SHEET + "'!$" + col + "$1:$" + col + "$" + values.size());
        return listName;
    }
}
