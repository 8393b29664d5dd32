package org.selfeval.summary.roster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.selfeval.model.NameKey;

/**
 * Reads a 部门名单 workbook: the sheet {@value RosterFiles#SHEET} (or the first sheet), a header row
 * within the first {@value #HEADER_ROWS} rows with 部门名称 and optionally 预算编码, 联系人, 联系电话, one
 * department per row below. Blank rows are skipped; a department listed twice is an error naming
 * both cells, as a missing header is.
 */
public final class RosterReader {

    static final int HEADER_ROWS = 20;
    private static final DataFormatter TEXT = new DataFormatter();

    private RosterReader() {}

    public static Roster read(Path file) throws RosterException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new RosterException("部门名单 " + file + " 不存在或不是文件：请检查 --roster 的路径。");
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheet(RosterFiles.SHEET);
            if (sheet == null) sheet = wb.getSheetAt(0);
            return new Roster(file.toAbsolutePath().normalize(), entries(name, sheet));
        } catch (IOException | RuntimeException e) {
            throw new RosterException(
                    "部门名单 "
                            + file
                            + " 无法读取（"
                            + e.getMessage()
                            + "）：请用 Excel 或 WPS 另存为 .xlsx 后重试，或用 selfeval templates 生成空白的部门名单模板。",
                    e);
        }
    }

    private static List<RosterEntry> entries(String file, Sheet sheet) throws RosterException {
        String where = file + " " + sheet.getSheetName();
        Map<String, Integer> columns = null;
        int headerRow = -1;
        for (int r = 0; r < HEADER_ROWS && columns == null; r++) {
            columns = header(sheet.getRow(r));
            headerRow = r;
        }
        if (columns == null) {
            throw new RosterException(
                    where
                            + "：前 "
                            + HEADER_ROWS
                            + " 行中没有表头“"
                            + RosterFiles.NAME
                            + "”。请在表头行填写 部门名称、预算编码、联系人、联系电话（可用 selfeval templates 生成的部门名单模板）。");
        }
        List<RosterEntry> entries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        int nameColumn = columns.get(RosterFiles.NAME);
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String department = text(row, nameColumn);
            if (department.isEmpty()) continue;
            String cell = new CellReference(r, nameColumn).formatAsString(false);
            String earlier = seen.putIfAbsent(NameKey.of(department), cell);
            if (earlier != null) {
                throw new RosterException(
                        where
                                + "!"
                                + cell
                                + "：部门“"
                                + department
                                + "”与 "
                                + earlier
                                + " 重复（空格、全角半角、括号写法不同也视为同一部门）；请删除其中一行。");
            }
            entries.add(
                    new RosterEntry(
                            department,
                            text(row, columns.get(RosterFiles.BUDGET_CODE)),
                            text(row, columns.get(RosterFiles.CONTACT)),
                            text(row, columns.get(RosterFiles.PHONE)),
                            r + 1));
        }
        if (entries.isEmpty()) {
            throw new RosterException(
                    where + "：表头下方没有任何部门；请从第 " + (headerRow + 2) + " 行起每行填写一个部门名称。");
        }
        return entries;
    }

    /** Header label → column, when the row has a 部门名称 cell; labels compared by {@link NameKey}. */
    private static Map<String, Integer> header(Row row) {
        if (row == null) return null;
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : row) {
            String key = NameKey.of(TEXT.formatCellValue(cell));
            for (String label : RosterFiles.HEADER) {
                if (key.equals(NameKey.of(label)))
                    columns.putIfAbsent(label, cell.getColumnIndex());
            }
        }
        return columns.containsKey(RosterFiles.NAME) ? columns : null;
    }

    private static String text(Row row, Integer column) {
        if (row == null || column == null) return "";
        Cell cell = row.getCell(column);
        // DataFormatter shows what Excel shows: a code typed as a number stays "101001", not
        // "101001.0"
        return cell == null ? "" : TEXT.formatCellValue(cell).strip();
    }
}
