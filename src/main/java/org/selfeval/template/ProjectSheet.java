package org.selfeval.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.model.WorkbookContract;

/** 重点项目: 序号 · 项目名称 · 年初预算 · 调整后预算 · 实际支出 · 实际支出率(%) · 执行说明. */
final class ProjectSheet {

    static final int NUMBER = 0,
            NAME = 1,
            INITIAL = 2,
            ADJUSTED = 3,
            SPENT = 4,
            RATE = 5,
            EXPLANATION = 6;

    private ProjectSheet() {}

    static XSSFSheet write(XSSFWorkbook wb, TemplateStyles styles) {
        XSSFSheet sheet = wb.createSheet(WorkbookContract.SHEET_PROJECTS);
        SheetScaffold.titleAndHeader(
                sheet, "重点项目预算执行情况表（单位：万元）", WorkbookContract.PROJECT_HEADERS, styles);
        for (int i = 0; i < TemplateLayout.PROJECT_ROWS; i++) {
            int r = TemplateLayout.FIRST_DATA_ROW + i;
            SheetScaffold.cell(sheet, r, NUMBER).setCellStyle(styles.count());
            SheetScaffold.cell(sheet, r, NAME).setCellStyle(styles.text());
            SheetScaffold.cell(sheet, r, INITIAL).setCellStyle(styles.amount());
            SheetScaffold.cell(sheet, r, ADJUSTED).setCellStyle(styles.amount());
            SheetScaffold.cell(sheet, r, SPENT).setCellStyle(styles.amount());
            Cell rate = SheetScaffold.cell(sheet, r, RATE);
            String d = ComparisonSheet.ref(r, ADJUSTED), e = ComparisonSheet.ref(r, SPENT);
            rate.setCellFormula(NoData.percent(e, d));
            rate.setCellStyle(styles.formulaRate());
            SheetScaffold.cell(sheet, r, EXPLANATION).setCellStyle(styles.text());
        }
        SheetScaffold.widths(sheet, 6, 36, 14, 14, 14, 14, 50);
        SheetScaffold.comment(sheet, ADJUSTED, "调整后预算数（万元）。有实际支出而调整后预算为 0 或空白属于错误。");
        SheetScaffold.comment(sheet, RATE, "自动计算：实际支出率 = 实际支出 ÷ 调整后预算 × 100；调整后预算为 0 时显示“—”。");
        SheetScaffold.comment(
                sheet, EXPLANATION, "实际支出率低于 90% 时必须说明原因；" + "也可在“基本信息”的“重点项目执行说明”中统一说明。");
        SheetScaffold.protect(sheet, true);
        return sheet;
    }
}
