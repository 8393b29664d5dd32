package org.selfeval.evaluate.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.framework.Framework;
import org.selfeval.model.Formats;
import org.selfeval.model.WorkbookContract;
import org.selfeval.template.TemplateWriter;

/**
 * Workbooks filled the way staff fill the template, written with POI from the corrected example:
 * one with only the scores in 管理效率, one with amounts typed as text beside the template's own yellow
 * formulas.
 */
public final class StaffWorkbooks {

    public static final Path CORRECTED =
            Path.of("input-templates", "examples", "huadu-amr-2023-corrected.xlsx");
    private static final int CONTENT = 3, ACTUAL = 7, WEIGHT = 8, SCORE = 10, EXPLANATION = 11;

    private StaffWorkbooks() {}

    /**
     * 管理效率 with scores only: 指标内容, 实际完成值 and 完成情况说明 of each of its indicators left empty. Returns
     * the 完成情况说明 cells emptied ("绩效指标!L17" …).
     */
    public static List<String> scoresOnlyInManagement(Path out) throws IOException {
        List<String> cleared = new ArrayList<>();
        try (InputStream in = Files.newInputStream(CORRECTED);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(WorkbookContract.SHEET_INDICATORS);
            for (Row r : s) {
                if (!"管理效率".equals(text(r, 0))
                        || text(r, 2).isEmpty()
                        || "小计".equals(text(r, CONTENT))) continue;
                for (int c : new int[] {CONTENT, ACTUAL, EXPLANATION}) {
                    Cell cell = r.getCell(c);
                    if (cell != null) r.removeCell(cell);
                }
                cleared.add(WorkbookContract.SHEET_INDICATORS + "!L" + (r.getRowNum() + 1));
            }
            write(wb, out);
        }
        return cleared;
    }

    /**
     * Amounts of both comparison tables and of two key projects typed as text ("22,918.41",
     * "２１，２４５．３９", "69.16万元", "—" for 0) beside the template's 差异/差异率/实际支出率 formulas, which Excel
     * then stores as #VALUE!; a 分值 and a score typed "3分".
     */
    public static void amountsAsTextBesideFormulas(Path out) throws IOException {
        int[] variant = {0};
        try (InputStream in = Files.newInputStream(CORRECTED);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String name :
                    List.of(WorkbookContract.SHEET_INCOME, WorkbookContract.SHEET_EXPENDITURE)) {
                Sheet s = wb.getSheet(name);
                for (int r = 2; r <= 4; r++) {
                    Row row = s.getRow(r);
                    asText(row.getCell(1), variant[0]++);
                    asText(row.getCell(2), variant[0]++);
                    int n = r + 1;
                    row.getCell(3)
                            .setCellFormula(
                                    "IF(AND(B"
                                            + n
                                            + "=\"\",C"
                                            + n
                                            + "=\"\"),\"\",B"
                                            + n
                                            + "-C"
                                            + n
                                            + ")");
                    row.getCell(4)
                            .setCellFormula(
                                    "IF(OR(B"
                                            + n
                                            + "=\"\",C"
                                            + n
                                            + "=\"\"),\"\",IF(C"
                                            + n
                                            + "=0,\"—\",D"
                                            + n
                                            + "/C"
                                            + n
                                            + "*100))");
                }
            }
            Sheet projects = wb.getSheet(WorkbookContract.SHEET_PROJECTS);
            for (int r = 2; r <= 3; r++) {
                Row row = projects.getRow(r);
                asText(row.getCell(3), variant[0]++);
                asText(row.getCell(4), variant[0]++);
                int n = r + 1;
                row.getCell(5)
                        .setCellFormula(
                                "IF(OR(D"
                                        + n
                                        + "=\"\",E"
                                        + n
                                        + "=\"\"),\"\",IF(D"
                                        + n
                                        + "=0,\"—\",E"
                                        + n
                                        + "/D"
                                        + n
                                        + "*100))");
            }
            Row budgetAssessment =
                    wb.getSheet(WorkbookContract.SHEET_INDICATORS).getRow(16); // 新增预算项目事前绩效评估
            budgetAssessment.getCell(WEIGHT).setCellValue("3分");
            budgetAssessment.getCell(SCORE).setCellValue("3分");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(
                    wb); // what Excel stores on save: #VALUE! beside text
            write(wb, out);
        }
    }

    /**
     * The workbook with the template's own formulas back in every yellow column (差异, 差异率, 实际支出率,
     * 执行率), where the examples carry the printed figures typed over them; cached values computed as
     * Excel would on save.
     */
    public static void templateFormulas(Path in, Path out, Framework framework) throws IOException {
        try (InputStream is = Files.newInputStream(in);
                XSSFWorkbook wb = new XSSFWorkbook(is);
                XSSFWorkbook template = new TemplateWriter(framework).build()) {
            for (String name :
                    List.of(
                            WorkbookContract.SHEET_INCOME,
                            WorkbookContract.SHEET_EXPENDITURE,
                            WorkbookContract.SHEET_PROJECTS,
                            WorkbookContract.SHEET_FUNDS)) {
                Sheet from = template.getSheet(name);
                Sheet to = wb.getSheet(name);
                if (from == null || to == null) continue;
                for (Row r : from) {
                    for (Cell c : r) {
                        if (c.getCellType() != CellType.FORMULA) continue;
                        Row target =
                                to.getRow(r.getRowNum()) == null
                                        ? to.createRow(r.getRowNum())
                                        : to.getRow(r.getRowNum());
                        target.getCell(
                                        c.getColumnIndex(),
                                        Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                                .setCellFormula(c.getCellFormula());
                    }
                }
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            write(wb, out);
        }
    }

    /**
     * The cell's number typed as text, in turn with thousands separators, in full-width forms, with
     * 万元; 0 as "—".
     */
    private static void asText(Cell cell, int variant) {
        BigDecimal v = BigDecimal.valueOf(cell.getNumericCellValue());
        String plain = Formats.amount(v);
        String text =
                switch (variant % 3) {
                    case 0 -> plain;
                    case 1 -> fullWidth(plain);
                    default -> v.stripTrailingZeros().toPlainString() + "万元";
                };
        cell.setCellValue(v.signum() == 0 ? "—" : text);
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
        return sb.toString();
    }

    private static String text(Row r, int c) {
        Cell cell = r.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING
                ? ""
                : cell.getStringCellValue().strip();
    }

    private static void write(XSSFWorkbook wb, Path out) throws IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            wb.write(os);
        }
    }
}
