package org.selfeval.template;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.model.WorkbookContract;

/** 绩效指标: one leaf indicator a row, 小计 rows after each group, the 合计 row last. */
final class IndicatorSheet {

    static final int LEVEL1 = 0,
            LEVEL2 = 1,
            LEVEL3 = 2,
            CONTENT = 3,
            NATURE = 4,
            TARGET = 5,
            UNIT = 6,
            ACTUAL = 7,
            WEIGHT = 8,
            METHOD = 9,
            SCORE = 10,
            EXPLANATION = 11;

    /** Dropdowns reach this far below the header, so rows staff insert still get them. */
    static final int VALIDATED_ROWS = 200;

    private IndicatorSheet() {}

    static XSSFSheet write(
            XSSFWorkbook wb,
            List<IndicatorLine> lines,
            IndicatorTree tree,
            TemplateStyles styles,
            Dropdowns dropdowns) {
        XSSFSheet sheet = wb.createSheet(WorkbookContract.SHEET_INDICATORS);
        SheetScaffold.titleAndHeader(
                sheet, "部门整体支出绩效自评指标表（分值、得分单位：分）", WorkbookContract.INDICATOR_HEADERS, styles);
        int r = TemplateLayout.FIRST_DATA_ROW;
        for (IndicatorLine line : lines) {
            writeRow(sheet, r++, line, styles);
        }
        SheetScaffold.widths(sheet, 10, 18, 22, 30, 8, 20, 8, 20, 7, 14, 9, 50);
        int first = TemplateLayout.FIRST_DATA_ROW, last = first + VALIDATED_ROWS - 1;
        dropdowns.add(
                sheet,
                LEVEL1,
                first,
                last,
                "List_Level1",
                tree.level1(),
                false,
                String.join("、", tree.framework().level1Names()) + "；总分行填“合计”。");
        dropdowns.add(
                sheet, LEVEL2, first, last, "List_Level2", tree.level2(), false, "二级指标名称；一级小计行留空。");
        // A framework whose 三级 the department names freely (no categories) offers no 三级 list to
        // warn against.
        if (tree.hasCategories()) {
            dropdowns.add(
                    sheet,
                    LEVEL3,
                    first,
                    last,
                    "List_Level3",
                    tree.level3(),
                    false,
                    "三级指标名称；小计行留空。");
        }
        dropdowns.add(
                sheet,
                NATURE,
                first,
                last,
                "List_Nature",
                WorkbookContract.NATURES,
                true,
                "≥ 不低于目标；≤ 不高于目标；= 等于目标；时限 在期限前完成；定性 定性评价。");
        dropdowns.add(
                sheet,
                METHOD,
                first,
                last,
                "List_Method",
                tree.methods(),
                false,
                "留空时按指标性质评分（≥ 正向，≤ 反向，= 等于，时限，定性）。");
        SheetScaffold.comment(
                sheet,
                LEVEL1,
                "一级指标：" + tree.level1Words() + "。总分行的一级指标填“合计”。" + "同组连续各行可只在第一行填写，下面留空视为相同。");
        SheetScaffold.comment(
                sheet,
                CONTENT,
                "小计行：指标内容填“小计”，并在左侧写明所属的一级、二级指标" + "（一级小计的二级指标留空）。小计和合计的得分会被重新加总核对。");
        SheetScaffold.comment(
                sheet, TARGET, "填目标数值（如 150、90、2023年12月10日前）；" + "也可照原文填写“不少于150台”“不低于90%”。");
        SheetScaffold.comment(
                sheet,
                METHOD,
                "评分方法：支出率、正向、反向、等于、时限、阈值、零容忍、定性；"
                        + "公式类指标填公式名（"
                        + String.join("、", GuideSheet.formulaMethods(tree.framework()))
                        + "），"
                        + "其数据取自“管理指标数据”表。留空时按指标性质评分。");
        SheetScaffold.comment(sheet, SCORE, "自评得分在 0 与分值之间；定量指标会按评分方法重新计算并与自评得分核对。");
        SheetScaffold.protect(sheet, true);
        return sheet;
    }

    /** Writes one line; summary rows get their own look so staff tell them apart. */
    static void writeRow(XSSFSheet sheet, int row, IndicatorLine line, TemplateStyles styles) {
        boolean summary = line.isSummary();
        CellStyle text = summary ? styles.subtotalText() : styles.text();
        CellStyle number = summary ? styles.subtotalScore() : styles.rate();
        text(sheet, row, LEVEL1, line.level1(), text);
        text(sheet, row, LEVEL2, line.level2(), text);
        text(sheet, row, LEVEL3, line.level3(), text);
        text(sheet, row, CONTENT, line.content(), text);
        text(sheet, row, NATURE, line.nature(), text);
        value(sheet, row, TARGET, line.target(), text);
        text(sheet, row, UNIT, line.unit(), text);
        value(sheet, row, ACTUAL, line.actual(), text);
        value(sheet, row, WEIGHT, line.weight(), number);
        text(sheet, row, METHOD, line.method(), text);
        value(sheet, row, SCORE, line.score(), number);
        text(sheet, row, EXPLANATION, line.explanation(), text);
    }

    private static void text(XSSFSheet sheet, int row, int column, String value, CellStyle style) {
        value(sheet, row, column, value, style);
    }

    /**
     * A number becomes a numeric cell (as typed in Excel), text a string cell, null a formatted
     * blank.
     */
    private static void value(XSSFSheet sheet, int row, int column, Object value, CellStyle style) {
        Cell c = SheetScaffold.cell(sheet, row, column);
        c.setBlank();
        c.setCellStyle(style);
        if (value instanceof BigDecimal n) {
            c.setCellValue(n.doubleValue());
        } else if (value != null) {
            c.setCellValue(value.toString());
        }
    }
}
