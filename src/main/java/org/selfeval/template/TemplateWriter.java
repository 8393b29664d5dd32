package org.selfeval.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.model.WorkbookContract;

/** Writes the official blank workbook (DESIGN.md, "The official workbook"). */
public final class TemplateWriter {

    /** The file name the template is published under. */
    public static final String FILE_NAME = TemplateLayout.FILE_NAME;

    private final Framework framework;

    /** The template of the default framework ({@code guangzhou-2023}). */
    public TemplateWriter() {
        this(BuiltInFrameworks.defaultFramework());
    }

    public TemplateWriter(Framework framework) {
        this.framework = framework;
    }

    /**
     * The file name of a framework's template: the default one's is {@link #FILE_NAME}, others
     * carry their name.
     */
    public static String fileName(Framework framework) {
        return BuiltInFrameworks.DEFAULT.equals(framework.name())
                ? FILE_NAME
                : FILE_NAME.replace(".xlsx", "（" + framework.name() + "）.xlsx");
    }

    /** The blank template as a workbook (caller closes it). */
    public XSSFWorkbook build() {
        return build(IndicatorSkeleton.lines(framework));
    }

    /** The template with the given 绩效指标 rows instead of the skeleton (used for filled examples). */
    XSSFWorkbook build(List<IndicatorLine> indicatorLines) {
        XSSFWorkbook wb = new XSSFWorkbook();
        TemplateStyles styles = TemplateStyles.of(wb);
        Dropdowns dropdowns = new Dropdowns(wb);
        GuideSheet.write(wb, framework, styles);
        KeyValueSheet.write(
                wb,
                WorkbookContract.SHEET_INFO,
                "部门基本信息",
                WorkbookContract.INFO_VALUE,
                KeyValueSheet.infoKeys(framework),
                styles);
        if (framework.fundsTable()) FundsSheet.write(wb, styles);
        ComparisonSheet.write(
                wb,
                WorkbookContract.SHEET_INCOME,
                "本年收入与上年收入决算数对比表（单位：万元）",
                List.of(WorkbookContract.TOTAL, "财政拨款收入", "其他收入"),
                TemplateLayout.INCOME_ROWS,
                styles);
        ComparisonSheet.write(
                wb,
                WorkbookContract.SHEET_EXPENDITURE,
                "本年支出与上年支出决算数对比表（单位：万元）",
                List.of(WorkbookContract.TOTAL, "基本支出", "项目支出"),
                TemplateLayout.EXPENDITURE_ROWS,
                styles);
        IndicatorSheet.write(wb, indicatorLines, new IndicatorTree(framework), styles, dropdowns);
        ProjectSheet.write(wb, styles);
        KeyValueSheet.write(
                wb,
                WorkbookContract.SHEET_MANAGEMENT,
                "管理指标数据（金额单位：万元）",
                WorkbookContract.MANAGEMENT_VALUE,
                KeyValueSheet.managementKeys(framework),
                styles);
        if (wb.getSheet(TemplateLayout.LIST_SHEET) != null) {
            // keep the hidden helper sheet out of the way, after the sheets staff fill
            wb.setSheetOrder(TemplateLayout.LIST_SHEET, wb.getNumberOfSheets() - 1);
        }
        wb.setActiveSheet(0);
        return wb;
    }

    /** The blank template as .xlsx bytes. */
    public byte[] bytes() {
        try (XSSFWorkbook wb = build()) {
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Serialises a workbook with its formulas' cached results filled in, so viewers that do not
     * recalculate see them.
     */
    static byte[] bytes(XSSFWorkbook wb) {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
