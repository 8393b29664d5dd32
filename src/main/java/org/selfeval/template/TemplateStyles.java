package org.selfeval.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one template workbook (styles belong to a workbook, so they are made per
 * workbook).
 */
record TemplateStyles(
        CellStyle title,
        CellStyle header,
        CellStyle keyLabel,
        CellStyle hint,
        CellStyle text,
        CellStyle amount,
        CellStyle count,
        CellStyle rate,
        CellStyle formulaAmount,
        CellStyle formulaRate,
        CellStyle subtotalText,
        CellStyle subtotalScore,
        CellStyle guide,
        CellStyle guideHeading) {

    static final String AMOUNT_FORMAT = "#,##0.00";
    static final String RATE_FORMAT = "0.00";

    static TemplateStyles of(XSSFWorkbook wb) {
        XSSFFont bold = font(wb, true, false, (short) 11);
        XSSFFont big = font(wb, true, false, (short) 14);
        XSSFFont italic = font(wb, false, true, (short) 10);
        short amountFmt = wb.createDataFormat().getFormat(AMOUNT_FORMAT);
        short rateFmt = wb.createDataFormat().getFormat(RATE_FORMAT);
        short countFmt = wb.createDataFormat().getFormat("0");

        CellStyle title = wb.createCellStyle();
        title.setFont(big);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        CellStyle header = boxed(wb, true);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        CellStyle keyLabel = boxed(wb, true);
        keyLabel.setFont(bold);

        CellStyle hint = boxed(wb, true);
        hint.setFont(italic);

        CellStyle text = boxed(wb, false);
        CellStyle amount = numeric(wb, amountFmt, false);
        CellStyle count = numeric(wb, countFmt, false);
        CellStyle rate = numeric(wb, rateFmt, false);
        CellStyle formulaAmount = numeric(wb, amountFmt, true);
        CellStyle formulaRate = numeric(wb, rateFmt, true);
        formulaAmount.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        formulaAmount.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        formulaRate.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        formulaRate.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        CellStyle subtotalText = boxed(wb, false);
        subtotalText.setFont(bold);
        subtotalText.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
        subtotalText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle subtotalScore = numeric(wb, rateFmt, false);
        subtotalScore.setFont(bold);
        subtotalScore.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
        subtotalScore.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        CellStyle guide = wb.createCellStyle();
        guide.setWrapText(true);
        guide.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle guideHeading = wb.createCellStyle();
        guideHeading.setFont(bold);
        guideHeading.setVerticalAlignment(VerticalAlignment.TOP);
        return new TemplateStyles(
                title,
                header,
                keyLabel,
                hint,
                text,
                amount,
                count,
                rate,
                formulaAmount,
                formulaRate,
                subtotalText,
                subtotalScore,
                guide,
                guideHeading);
    }

    private static XSSFFont font(XSSFWorkbook wb, boolean bold, boolean italic, short points) {
        XSSFFont f = wb.createFont();
        f.setFontName("宋体");
        f.setBold(bold);
        f.setItalic(italic);
        f.setFontHeightInPoints(points);
        return f;
    }

    /**
     * A bordered, wrapping cell; {@code locked} cells cannot be edited once the sheet is protected.
     */
    private static CellStyle boxed(XSSFWorkbook wb, boolean locked) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setLocked(locked);
        return s;
    }

    private static CellStyle numeric(XSSFWorkbook wb, short format, boolean locked) {
        CellStyle s = boxed(wb, locked);
        s.setDataFormat(format);
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }
}
