package org.selfeval.summary.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.template.WorkbookSnapshot;

class RosterReaderTest {

    @TempDir Path dir;

    @Test
    void theBlankTemplateFilledInExcelIsRead() throws Exception {
        Path file = dir.resolve(RosterFiles.FILE_NAME);
        Files.write(file, RosterTemplate.bytes());
        try (InputStream in = Files.newInputStream(file);
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(RosterFiles.SHEET);
            Row a = sheet.createRow(1);
            a.createCell(0).setCellValue("广州市花都区教育局");
            a.createCell(1).setCellValue(101001); // a code typed as a number
            a.createCell(2).setCellValue("张三");
            a.createCell(3).setCellValue("020-86880001");
            sheet.createRow(2); // a blank row in between
            sheet.createRow(3).createCell(0).setCellValue(" 广州市花都区财政局 ");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Roster roster = RosterReader.read(file);
        assertEquals(
                List.of(
                        new RosterEntry("广州市花都区教育局", "101001", "张三", "020-86880001", 2),
                        new RosterEntry("广州市花都区财政局", "", "", "", 4)),
                roster.entries());
        assertEquals("广州市花都区财政局", roster.find("广州市花都区 财政局").orElseThrow().name());
        assertEquals("广州市花都区教育局", roster.namedIn("广州市花都区教育局-自评表（第二次）.xls").orElseThrow().name());
        assertTrue(roster.namedIn("scan.xls").isEmpty());
    }

    @Test
    void theShippedBlankRosterIsTheOneTheProgramWrites() throws IOException {
        assertEquals(
                WorkbookSnapshot.of(RosterTemplate.bytes()),
                WorkbookSnapshot.of(Path.of("input-templates", RosterFiles.FILE_NAME)),
                "input-templates/"
                        + RosterFiles.FILE_NAME
                        + " differs from RosterTemplate: regenerate it with selfeval templates");
    }

    @Test
    void aRosterWithoutItsHeaderOrDepartmentsSaysWhatToFix() throws IOException {
        Path noHeader = RosterWorkbooks.write(dir.resolve("a.xlsx"));
        try (Workbook wb = WorkbookFactory.create(true)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("单位");
            try (OutputStream out = Files.newOutputStream(noHeader)) {
                wb.write(out);
            }
        }
        String message =
                assertThrows(RosterException.class, () -> RosterReader.read(noHeader)).getMessage();
        assertEquals(
                "a.xlsx Sheet1：前 20 行中没有表头“部门名称”。请在表头行填写 部门名称、预算编码、联系人、联系电话"
                        + "（可用 selfeval templates 生成的部门名单模板）。",
                message);

        Path empty = RosterWorkbooks.write(dir.resolve("b.xlsx"));
        assertEquals(
                "b.xlsx 部门名单：表头下方没有任何部门；请从第 3 行起每行填写一个部门名称。",
                assertThrows(RosterException.class, () -> RosterReader.read(empty)).getMessage());

        Path notAWorkbook = Files.writeString(dir.resolve("c.xlsx"), "名单");
        assertTrue(
                assertThrows(RosterException.class, () -> RosterReader.read(notAWorkbook))
                        .getMessage()
                        .startsWith("部门名单 " + notAWorkbook + " 无法读取"));
    }
}
