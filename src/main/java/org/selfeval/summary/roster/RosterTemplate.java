package org.selfeval.summary.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank 部门名单 the bureau fills once a year: a header row, text-formatted code and phone columns,
 * a guide.
 */
public final class RosterTemplate {

    private static final String[] GUIDE = {
        "部门名单填写说明",
        "1. 在“部门名单”工作表中，从第 2 行起每行填写一个应报送自评报告的部门；“部门名称”必填，其余可留空。",
        "2. 部门名称应与各部门自评表“基本信息”中的部门名称一致；空格、全角半角、括号（）与()的差别不影响匹配。",
        "3. 把本文件命名为“" + RosterFiles.FILE_NAME + "”放在收件文件夹旁（与 inbox 同一层），或运行时用 --roster 指定。",
        "4. 汇总表 汇总.xlsx 会列出名单中的每个部门及其状态：报告已生成、存在错误、无法读取、未报送；",
        "   报送了但不在名单中的部门照常处理，并标注“不在名单中”。",
        "5. 截止日前可运行 selfeval status 查看尚未报送和存在错误的部门。"
    };

    private RosterTemplate() {}

    public static byte[] bytes() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));

            Sheet sheet = wb.createSheet(RosterFiles.SHEET);
            Row head = sheet.createRow(0);
            int[] widths = {40, 14, 12, 16};
            for (int c = 0; c < RosterFiles.HEADER.size(); c++) {
                head.createCell(c).setCellValue(RosterFiles.HEADER.get(c));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, widths[c] * 256);
                // codes and phone numbers keep their leading zeros
                sheet.setDefaultColumnStyle(c, text);
            }
            sheet.createFreezePane(0, 1);

            Sheet guide = wb.createSheet("填写说明");
            guide.setColumnWidth(0, 100 * 256);
            for (int r = 0; r < GUIDE.length; r++)
                guide.createRow(r).createCell(0).setCellValue(GUIDE[r]);
            guide.getRow(0).getCell(0).setCellStyle(header);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
