package org.selfeval.summary;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of one summary workbook (styles belong to a workbook). */
record SummaryStyles(
        CellStyle header,
        CellStyle score,
        CellStyle change,
        CellStyle percent,
        CellStyle link,
        CellStyle attention,
        CellStyle note,
        CellStyle wrapped,
        Map<DepartmentStatus, CellStyle> statuses) {

    /**
     * A colour per status, as Excel's own cell styles use them: 好 green, 差 red, 中性 yellow, grey for
     * 无法读取, orange for 格式不支持 (a file the bureau received but could not process).
     */
    private static final Map<DepartmentStatus, String> STATUS_FILLS =
            Map.of(
                    DepartmentStatus.CONVERTED,
                    "C6EFCE",
                    DepartmentStatus.BLOCKED,
                    "FFC7CE",
                    DepartmentStatus.MISSING,
                    "FFEB9C",
                    DepartmentStatus.UNREADABLE,
                    "D9D9D9",
                    DepartmentStatus.REFUSED,
                    "F8CBAD");

    CellStyle status(DepartmentStatus status) {
        return statuses.get(status);
    }

    static SummaryStyles of(XSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        CellStyle score = wb.createCellStyle();
        score.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        CellStyle change = wb.createCellStyle();
        change.setDataFormat(wb.createDataFormat().getFormat("+0.00;-0.00;0.00"));
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        CellStyle link = wb.createCellStyle();
        link.setFont(blue);
        // never runs into the next column, whatever a longer text would be
        link.setShrinkToFit(true);
        // a status or remark that asks the bureau to act
        CellStyle attention = wb.createCellStyle();
        attention.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
        attention.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        // 备注: as attention, wrapped within its column (its last line on the row's line, as the
        // other cells)
        CellStyle note = wb.createCellStyle();
        note.cloneStyleFrom(attention);
        note.setWrapText(true);
        // a 备注 that asks nothing of the bureau (a published project's source): wrapped, unfilled
        CellStyle wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        Map<DepartmentStatus, CellStyle> statuses = new EnumMap<>(DepartmentStatus.class);
        for (DepartmentStatus st : DepartmentStatus.values()) {
            XSSFCellStyle style = wb.createCellStyle();
            style.setFillForegroundColor(
                    new XSSFColor(HexFormat.of().parseHex(STATUS_FILLS.get(st))));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            statuses.put(st, style);
        }
        return new SummaryStyles(
                header, score, change, percent, link, attention, note, wrapped, statuses);
    }
}
