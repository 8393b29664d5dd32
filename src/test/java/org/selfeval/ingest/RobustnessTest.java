package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.ingest.Sheets.row;
import static org.selfeval.ingest.SubmissionReaderTest.assertNum;
import static org.selfeval.ingest.SubmissionReaderTest.describe;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.ingest.Sheets.Spec;
import org.selfeval.ingest.grid.RawCell;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.ReadResult;

/** Oversized sheets, repeated keys and sheets that fail to read. */
class RobustnessTest {

    @TempDir Path dir;

    @Test
    void oversizedWorkbookSheetIsCutAtTheLimitAndReported() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("big"));
        List<Spec> rest = new ArrayList<>(SampleSubmission.all());
        rest.remove(4); // 重点项目 comes from the big workbook
        Sheets.xlsx(folder.resolve("其他.xlsx"), rest);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("重点项目");
            Row header = sheet.createRow(0);
            String[] labels = {"序号", "项目名称", "年初预算", "调整后预算", "实际支出", "实际支出率(%)", "执行说明"};
            for (int c = 0; c < labels.length; c++) header.createCell(c).setCellValue(labels[c]);
            for (int r = 1; r <= ReadLimits.MAX_TABLE_ROWS + 5_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("项目" + r);
                row.createCell(3).setCellValue(1);
                row.createCell(4).setCellValue(1);
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("重点项目.xlsx"))) {
                wb.write(out);
            }
        }
        ReadResult r = new SubmissionReader().read(folder);
        assertNotNull(r.submission(), describe(r.findings()));
        assertEquals(ReadLimits.MAX_TABLE_ROWS, r.submission().keyProjects().size());
        Finding f =
                r.findings().stream()
                        .filter(x -> x.ruleId().equals("READ-TOO-MANY-ROWS"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("重点项目.xlsx", f.source().file());
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void repeatedKeyKeepsTheFirstAndWarns() throws Exception {
        List<Spec> specs = new ArrayList<>(SampleSubmission.all());
        specs.set(
                5,
                new Spec(
                        "管理指标数据",
                        new Object[][] {
                            row("项目", "数值"), row("公用经费预算", 10), row("公用经费预算（万元）", 20), row(null, 5)
                        }));
        ReadResult r = new SubmissionReader().read(Sheets.xlsx(dir.resolve("k.xlsx"), specs));
        assertNum("10", r.submission().management().get("公用经费预算").orElseThrow());
        Finding dup =
                r.findings().stream()
                        .filter(x -> x.ruleId().equals("READ-DUPLICATE-KEY"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("管理指标数据!A3", dup.source().sheetCell());
        assertTrue(dup.message().contains("管理指标数据!A2"), dup.message());
        assertTrue(
                r.findings().stream()
                        .anyMatch(
                                x ->
                                        x.ruleId().equals("READ-KEY")
                                                && x.source().sheetCell().equals("管理指标数据!B4")),
                describe(r.findings()));
    }

    @Test
    void numberedKeysAreRecognised() throws Exception {
        List<Spec> specs = new ArrayList<>(SampleSubmission.all());
        specs.set(
                0,
                new Spec(
                        "基本信息",
                        new Object[][] {
                            row("项目", "内容"),
                            row("1.部门名称", "某局"),
                            row("二、评价年度：", "2023"),
                            row("（三）全年预算数（万元）", "1,000")
                        }));
        ReadResult r = new SubmissionReader().read(Sheets.xlsx(dir.resolve("n.xlsx"), specs));
        assertEquals("某局", r.submission().info().department(), describe(r.findings()));
        assertEquals("2023", r.submission().info().year());
        assertNum("1000", r.submission().info().number("全年预算数").orElseThrow());
    }

    @Test
    void sheetThatFailsWhileReadingBecomesAFinding() {
        FindingSink sink = new FindingSink();
        SheetParts parts = new SheetParts(sink, List.of());
        parts.accept(
                new SheetGrid() {
                    public String file() {
                        return "坏.xlsx";
                    }

                    public String sheet() {
                        return "绩效指标";
                    }

                    public int lastRow() {
                        return 10;
                    }

                    public RawCell cell(int row, int column) {
                        throw new IllegalStateException("broken part");
                    }
                });
        Finding f = sink.findings().get(0);
        assertEquals("READ-SHEET", f.ruleId());
        assertEquals("坏.xlsx", f.source().file());
        assertEquals("绩效指标", f.source().sheet());
    }
}
