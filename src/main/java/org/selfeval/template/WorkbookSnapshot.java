package org.selfeval.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A workbook's meaningful content as text lines: sheets, cell values and formulas, formats,
 * locking, merged regions, dropdowns, comments, names. Two workbooks with equal snapshots are the
 * same to a reader and to staff, whatever timestamps their zip entries carry.
 */
public final class WorkbookSnapshot {

    private WorkbookSnapshot() {}

    public static List<String> of(Path file) throws IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            return of(wb);
        }
    }

    public static List<String> of(byte[] xlsx) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            return of(wb);
        }
    }

    public static List<String> of(Workbook wb) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            lines.add(
                    "sheet "
                            + sheet.getSheetName()
                            + " visibility="
                            + wb.getSheetVisibility(i)
                            + " protected="
                            + sheet.getProtect());
            PaneInformation pane = sheet.getPaneInformation();
            if (pane != null) lines.add("  freeze rows=" + pane.getHorizontalSplitTopRow());
            for (CellRangeAddress merged : sheet.getMergedRegions())
                lines.add("  merged " + merged.formatAsString());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String content = content(cell);
                    if (content == null) continue;
                    lines.add(
                            "  "
                                    + cell.getAddress().formatAsString()
                                    + " "
                                    + content
                                    + " fmt="
                                    + cell.getCellStyle().getDataFormatString()
                                    + " locked="
                                    + cell.getCellStyle().getLocked());
                    Comment comment = cell.getCellComment();
                    if (comment != null)
                        lines.add(
                                "  comment "
                                        + cell.getAddress()
                                        + " "
                                        + comment.getString().getString());
                }
            }
            List<String> validations = new ArrayList<>();
            for (DataValidation v : ((XSSFSheet) sheet).getDataValidations()) {
                DataValidationConstraint c = v.getValidationConstraint();
                String list =
                        c.getExplicitListValues() == null
                                ? c.getFormula1()
                                : String.join(",", c.getExplicitListValues());
                validations.add(
                        "  validation "
                                + List.of(v.getRegions().getCellRangeAddresses()).stream()
                                        .map(CellRangeAddress::formatAsString)
                                        .toList()
                                + " "
                                + list
                                + " style="
                                + v.getErrorStyle());
            }
            validations.sort(Comparator.naturalOrder());
            lines.addAll(validations);
        }
        for (Name name : wb.getAllNames()) {
            lines.add("name " + name.getNameName() + " = " + name.getRefersToFormula());
        }
        return lines;
    }

    /** The cell's content, or null for a blank cell with no formula. */
    private static String content(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> "S:" + cell.getStringCellValue();
            case NUMERIC -> "N:" + NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> "B:" + cell.getBooleanCellValue();
            case FORMULA -> "F:" + cell.getCellFormula();
            case ERROR -> "E:" + cell.getErrorCellValue();
            default ->
                    cell.getCellType() == CellType.BLANK && cell.getCellStyle().getLocked()
                            ? null
                            : "blank";
        };
    }
}
