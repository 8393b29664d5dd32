package org.selfeval.template;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.model.WorkbookContract;

/**
 * 收入决算 / 支出决算: 项目 · 本年决算 · 上年决算 · 差异 · 差异率(%) · 差异说明. 差异 and 差异率 are live formulas so staff see
 * them; the audit recomputes them anyway.
 */
final class ComparisonSheet {

    static final int LABEL = 0,
            CURRENT = 1,
            PREVIOUS = 2,
            DIFFERENCE = 3,
            RATE = 4,
            EXPLANATION = 5;

    private ComparisonSheet() {}

    static XSSFSheet write(
            XSSFWorkbook wb,
            String sheetName,
            String title,
            List<String> labels,
            int rows,
            TemplateStyles styles) {
        XSSFSheet sheet = wb.createSheet(sheetName);
        SheetScaffold.titleAndHeader(sheet, title, WorkbookContract.COMPARISON_HEADERS, styles);
        for (int i = 0; i < rows; i++) {
            int r = TemplateLayout.FIRST_DATA_ROW + i;
            Cell label = SheetScaffold.cell(sheet, r, LABEL);
            label.setCellStyle(styles.text());
            if (i < labels.size()) label.setCellValue(labels.get(i));
            SheetScaffold.cell(sheet, r, CURRENT).setCellStyle(styles.amount());
            SheetScaffold.cell(sheet, r, PREVIOUS).setCellStyle(styles.amount());
            Cell diff = SheetScaffold.cell(sheet, r, DIFFERENCE);
            diff.setCellFormula(differenceFormula(r));
            diff.setCellStyle(styles.formulaAmount());
            Cell rate = SheetScaffold.cell(sheet, r, RATE);
            rate.setCellFormula(rateFormula(r));
            rate.setCellStyle(styles.formulaRate());
            SheetScaffold.cell(sheet, r, EXPLANATION).setCellStyle(styles.text());
        }
        SheetScaffold.widths(sheet, 22, 16, 16, 16, 12, 60);
        SheetScaffold.comment(
                sheet, LABEL, "第一行填“合计”，其下逐行填明细（收入：财政拨款收入、其他收入……；" + "支出：基本支出、项目支出）。合计应等于各明细之和。");
        SheetScaffold.comment(sheet, DIFFERENCE, "自动计算：差异 = 本年决算 − 上年决算（万元）。");
        SheetScaffold.comment(sheet, RATE, "自动计算：差异率 = 差异 ÷ 上年决算 × 100；上年为 0 时无法计算，显示“—”。");
        SheetScaffold.comment(
                sheet, EXPLANATION, "明细行差异率绝对值达到 10% 时必须填写差异说明，" + "写明主要原因（如“主要原因：一是……，二是……”）。");
        SheetScaffold.protect(sheet, true);
        return sheet;
    }

    private static String differenceFormula(int row) {
        String b = ref(row, CURRENT), c = ref(row, PREVIOUS);
        return "IF(AND("
                + NoData.blank(b)
                + ","
                + NoData.blank(c)
                + "),\"\","
                + NoData.value(b)
                + "-"
                + NoData.value(c)
                + ")";
    }

    private static String rateFormula(int row) {
        String b = ref(row, CURRENT), c = ref(row, PREVIOUS), d = ref(row, DIFFERENCE);
        return "IF(" + NoData.blank(b) + ",\"\"," + NoData.percent(d, c) + ")";
    }

    static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }
}
