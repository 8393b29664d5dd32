package org.selfeval.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.model.WorkbookContract;

/**
 * 项目资金 (frameworks whose budget line is this table, as 财预〔2020〕10号 prints it): 年度资金总额 and its
 * sub-rows 本年财政拨款, 上年结转资金, 其他资金, each with 年初预算数 · 全年预算数 · 全年执行数; 执行率 a live formula staff see,
 * recomputed by the audit anyway.
 */
final class FundsSheet {

    static final int LABEL = 0, INITIAL = 1, ANNUAL = 2, EXECUTED = 3, RATE = 4, EXPLANATION = 5;

    private FundsSheet() {}

    static XSSFSheet write(XSSFWorkbook wb, TemplateStyles styles) {
        XSSFSheet sheet = wb.createSheet(WorkbookContract.SHEET_FUNDS);
        SheetScaffold.titleAndHeader(sheet, "项目资金（单位：万元）", WorkbookContract.FUNDS_HEADERS, styles);
        for (int i = 0; i < WorkbookContract.FUNDS_ROWS.size(); i++) {
            int r = TemplateLayout.FIRST_DATA_ROW + i;
            Cell label = SheetScaffold.cell(sheet, r, LABEL);
            label.setCellStyle(styles.keyLabel());
            label.setCellValue(WorkbookContract.FUNDS_ROWS.get(i));
            for (int c : new int[] {INITIAL, ANNUAL, EXECUTED})
                SheetScaffold.cell(sheet, r, c).setCellStyle(styles.amount());
            Cell rate = SheetScaffold.cell(sheet, r, RATE);
            String annual = ComparisonSheet.ref(r, ANNUAL),
                    executed = ComparisonSheet.ref(r, EXECUTED);
            rate.setCellFormula(NoData.percent(executed, annual));
            rate.setCellStyle(styles.formulaRate());
            SheetScaffold.cell(sheet, r, EXPLANATION).setCellStyle(styles.text());
        }
        SheetScaffold.widths(sheet, 22, 16, 16, 16, 12, 60);
        SheetScaffold.comment(sheet, LABEL, "年度资金总额应等于其下本年财政拨款、上年结转资金、其他资金之和；没有的项目填 0。");
        SheetScaffold.comment(sheet, ANNUAL, "全年预算数含年中追加、调减；预算有调整的请在“说明”列写明原因。");
        SheetScaffold.comment(
                sheet,
                RATE,
                "自动计算：执行率 = 全年执行数 ÷ 全年预算数 × 100。预算执行率得分 = 执行率 × 分值，"
                        + "执行率低于 90% 须在绩效指标表“预算执行率”一行的完成情况说明中说明原因。");
        SheetScaffold.protect(sheet, false);
        return sheet;
    }
}
