package org.selfeval.ingest;

import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.model.CellRef;

/**
 * Formulas in the data sheets that refer to another workbook ({@code [1]预算!B2}, {@code
 * '[预算.xlsx]Sheet1'!A1}): the other file is not there to recompute from, so the value Excel saved
 * is used, and staff are warned to check it.
 */
final class ExternalReferences {

    /**
     * "[1]Sheet!", "'[预算.xlsx]Sheet 1'!": a bracket not preceded by a table name (structured
     * references are).
     */
    private static final Pattern EXTERNAL =
            Pattern.compile("(^|[^\\p{L}\\p{N}_.\\]])\\[[^\\[\\]]+\\][^\\[\\]!]*!");

    /** Enough to show the problem; a workbook linked throughout gets a line saying so. */
    private static final int MAX_FINDINGS = 10;

    private ExternalReferences() {}

    static void report(Workbook workbook, String file, FindingSink sink) {
        int found = 0;
        for (Sheet sheet : workbook) {
            if (SheetParts.canonical(sheet.getSheetName()) == null) continue;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) continue;
                    String formula = formula(cell);
                    if (!EXTERNAL.matcher(formula).find()) continue;
                    if (++found > MAX_FINDINGS) {
                        sink.warning(
                                "READ-EXTERNAL-LINK",
                                CellRef.file(file),
                                "",
                                "",
                                "",
                                "工作簿“" + file + "”还有更多引用其他工作簿的公式，未逐一列出。");
                        return;
                    }
                    CellRef ref =
                            new CellRef(
                                    file,
                                    sheet.getSheetName().strip(),
                                    cell.getAddress().formatAsString());
                    sink.warning(
                            "READ-EXTERNAL-LINK",
                            ref,
                            "",
                            "数值",
                            "=" + formula,
                            ref.sheetCell()
                                    + " 的公式（="
                                    + formula
                                    + "）引用了其他工作簿，无法重新计算，已采用 Excel 保存该文件时的结果。"
                                    + "请确认该值正确，或直接填写数值。");
                }
            }
        }
    }

    private static String formula(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException unparsable) {
            return "";
        }
    }
}
