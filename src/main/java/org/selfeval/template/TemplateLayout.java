package org.selfeval.template;

/**
 * Where the template puts things. Readers must not rely on these positions (they are
 * header-driven); only the writer and the example fixtures use them.
 */
final class TemplateLayout {

    private TemplateLayout() {}

    /** The file name of the official blank workbook. */
    static final String FILE_NAME = "部门整体支出绩效自评模板.xlsx";

    /** Row 1 holds a title, row 2 the header labels, data starts on row 3 (0-based indexes). */
    static final int TITLE_ROW = 0;

    static final int HEADER_ROW = 1;
    static final int FIRST_DATA_ROW = 2;

    /** Pre-formatted rows (with live formulas) below the fixed rows. */
    static final int INCOME_ROWS = 10;

    static final int EXPENDITURE_ROWS = 6;
    static final int PROJECT_ROWS = 20;

    /** The hidden sheet holding dropdown lists too long for an inline list. */
    static final String LIST_SHEET = "下拉列表";

    /** Excel's limit for an inline (explicit) list validation. */
    static final int INLINE_LIST_LIMIT = 255;
}
