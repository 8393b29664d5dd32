package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.summary.SummaryWorkbook;
import org.selfeval.summary.SummaryWriter;
import org.selfeval.summary.roster.Roster;
import org.selfeval.testing.WrappedRemarks;

/**
 * 花都区 as published is blocked: the 汇总's 备注 names the error its 校验报告 lists first, with its place,
 * wrapped in a column wide enough to read and a row tall enough to show it whole. Read back from
 * the 校验报告 and the 汇总.xlsx the real stages wrote.
 */
class FirstErrorInSummaryTest {

    @Test
    void theSummarysRemarkIsTheAuditReportsFirstError(@TempDir Path dir) throws Exception {
        Outcome o = RealExamples.convert(RealExamples.AS_PUBLISHED, DocxRendererTest.RENDERER);
        assertEquals(Status.BLOCKED, o.status());
        List<List<String>> findings =
                Docx.cellLines(new Docx(o.auditReport()).tables().get(0)).stream().skip(1).toList();
        List<String> first =
                findings.stream().filter(r -> r.get(1).startsWith("错误")).findFirst().orElseThrow();
        String place = first.get(2).split("\n")[0];
        String fix = first.get(5).replace("\n", "");
        assertEquals("绩效指标!K43", place, "the first error in sheet and cell order: " + findings);

        ManifestEntry entry =
                ManifestEntry.of("h", o, 1, "", "2023/a/校验报告.docx", "2024-03-01 02:00:00");
        SummaryWriter.write(dir, List.of(entry), Roster.NONE);
        try (InputStream in =
                        Files.newInputStream(dir.resolve("2023").resolve(SummaryWriter.XLSX_NAME));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet(SummaryWorkbook.SHEET);
            List<String> header = new ArrayList<>();
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++)
                header.add(sheet.getRow(0).getCell(c).getStringCellValue());
            int at = header.indexOf("备注");
            XSSFRow row = sheet.getRow(1);
            XSSFCell remark = row.getCell(at);
            String text = remark.getStringCellValue();
            // the report sets its text tight (no space between Chinese and figures), the 汇总 as
            // the message is: compared without spaces
            assertEquals(
                    ("首个错误：" + place + "：" + fix).replace(" ", ""), text.replace(" ", ""), text);
            assertTrue(text.contains("资产管理 小计"), text);

            // wrapped within a column of 20 Chinese characters, its row tall enough for every line
            WrappedRemarks.assertWrapsAndGrows(sheet, row, at);
        }
    }
}
