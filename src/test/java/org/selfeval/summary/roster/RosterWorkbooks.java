package org.selfeval.summary.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes roster workbooks the way the bureau fills the blank template: a title row above the header
 * is allowed.
 */
public final class RosterWorkbooks {

    private RosterWorkbooks() {}

    /**
     * Each department is {name, budget code, contact, phone}; a title row goes above the header.
     */
    public static Path write(Path file, String[]... departments) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(RosterFiles.SHEET);
            sheet.createRow(0).createCell(0).setCellValue("2023 年度应报送部门名单");
            Row head = sheet.createRow(1);
            for (int c = 0; c < RosterFiles.HEADER.size(); c++)
                head.createCell(c).setCellValue(RosterFiles.HEADER.get(c));
            int r = 2;
            for (String[] d : departments) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < d.length; c++) row.createCell(c).setCellValue(d[c]);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
