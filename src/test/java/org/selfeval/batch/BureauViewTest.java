package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.RunCommand;
import org.selfeval.publish.Manifest;
import org.selfeval.summary.SummaryWriter;
import org.selfeval.summary.roster.RosterFiles;
import org.selfeval.summary.roster.RosterReader;
import org.selfeval.summary.roster.RosterWorkbooks;
import org.selfeval.template.WorkbookSnapshot;
import picocli.CommandLine;

/**
 * The finance bureau's view of a night: a roster of departments, some submitted clean, one blocked,
 * one unreadable, some missing, one not on the roster; then two years of results. Read back from
 * the workbook the run wrote.
 */
class BureauViewTest {

    private static final String PREFIX = "广州市花都区";
    private static final String EDUCATION = PREFIX + "教育局";
    private static final String MARKET = PREFIX + "市场监督管理局（知识产权局）";
    private static final String FINANCE = PREFIX + "财政局";
    private static final String HEALTH = PREFIX + "卫生健康局";
    private static final String CIVIL = PREFIX + "民政局";
    private static final String JUSTICE = PREFIX + "司法局";
    private static final String CULTURE = PREFIX + "文化广电旅游体育局";

    @TempDir Path root;

    private final StringWriter err = new StringWriter();

    private int run(String day, String... extra) {
        Clock clock = Clock.fixed(Instant.parse(day + "T02:00:00Z"), ZoneOffset.UTC);
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "--inbox",
                                root.resolve("inbox").toString(),
                                "--out",
                                root.resolve("output").toString(),
                                "--archive",
                                root.resolve("archive").toString(),
                                "--failed",
                                root.resolve("failed").toString(),
                                "--settle",
                                "0"));
        args.addAll(List.of(extra));
        CommandLine cl = new CommandLine(new RunCommand(FakeStages.factory(), clock, d -> {}));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args.toArray(String[]::new));
    }

    private Path inbox(String name) {
        return root.resolve("inbox").resolve(name);
    }

    private Path out(String relative) {
        return root.resolve("output").resolve(relative);
    }

    private Path roster() throws IOException {
        // beside the inbox, where the run looks for it without --roster
        return RosterWorkbooks.write(
                root.resolve(RosterFiles.FILE_NAME),
                new String[] {EDUCATION, "101001", "张三", "020-86880001"},
                new String[] {MARKET, "101002", "李四", "020-86880002"},
                new String[] {FINANCE, "101003", "王五", "020-86880003"},
                new String[] {HEALTH, "101004", "赵六", "020-86880004"},
                new String[] {CIVIL, "101005", "钱七", "020-86880005"},
                new String[] {JUSTICE, "101006", "孙八", "020-86880006"});
    }

    private void dropNight() throws IOException {
        FakeStages.workbook(
                inbox("edu.xlsx"),
                EDUCATION,
                "2023",
                "总分=94.985",
                "履职效能=47.485",
                "管理效率=47.5",
                "warnings=1");
        // the clerk typed half-width brackets and a full-width space: still the roster's department
        FakeStages.workbook(
                inbox("market.xlsx"), PREFIX + "市场监督管理局\u3000(知识产权局)", "2023", "总分=88.5");
        FakeStages.workbook(inbox("finance.xlsx"), FINANCE, "2023", "总分=99.85", "errors=3");
        FakeStages.workbook(inbox(HEALTH + "-自评表.xls"), "", "", "unreadable=true", "note=health");
        FakeStages.workbook(inbox("scan.xls"), "", "", "unreadable=true");
        FakeStages.workbook(inbox("culture.xlsx"), CULTURE, "2023", "总分=91");
    }

    @Test
    void aNightWithARosterShowsEveryDepartmentsState() throws Exception {
        roster();
        dropNight();
        assertEquals(ExitCodes.FAILED, run("2024-03-01"));
        assertTrue(
                err.toString()
                        .contains(
                                "部门名单："
                                        + root.resolve(RosterFiles.FILE_NAME).toAbsolutePath()
                                        + "（6 个部门）"),
                err.toString());

        Path xlsx = out("2023/" + SummaryWriter.XLSX_NAME);
        try (InputStream in = Files.newInputStream(xlsx);
                Workbook wb = WorkbookFactory.create(in)) {
            XSSFSheet sheet = (XSSFSheet) wb.getSheet("汇总");
            // a score's header carries what it is out of ("总分" over "（满分100）"): find it by name
            List<String> header =
                    texts(sheet.getRow(0)).stream()
                            .map(h -> h.replaceAll("\\n?（满分[^）]*）", "").replace("\n", ""))
                            .toList();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) rows.add(texts(sheet.getRow(r)));
            int name = header.indexOf("部门名称");
            int status = header.indexOf("状态");
            int remark = header.indexOf("备注");
            // what needs action first, roster order within a status, the department not on the
            // roster last
            assertEquals(
                    List.of(FINANCE, HEALTH, CIVIL, JUSTICE, EDUCATION, MARKET, CULTURE),
                    rows.stream().map(r -> r.get(name)).toList());
            assertEquals(
                    List.of("存在错误", "无法读取", "未报送", "未报送", "报告已生成", "报告已生成", "报告已生成"),
                    rows.stream().map(r -> r.get(status)).toList());
            // a blocked or unreadable department's first error, with its place, as its 校验报告
            // lists it first
            assertEquals(
                    List.of(
                            "首个错误：收入决算!C5：合计与明细之和不符；请把合计改为各明细之和。",
                            "首个错误：文件不是有效的 Excel 工作簿；请用 Excel 另存为 .xlsx 后重新提交。",
                            "",
                            "",
                            "",
                            "",
                            "不在名单中"),
                    rows.stream().map(r -> r.get(remark)).toList());

            Row finance = sheet.getRow(1);
            assertEquals(3, (int) finance.getCell(header.indexOf("错误数")).getNumericCellValue());
            assertBlank(finance.getCell(header.indexOf("总分")));
            assertBlank(finance.getCell(header.indexOf("等级")));
            // what the department typed stands apart, as unconfirmed
            assertEquals(
                    99.85, finance.getCell(header.indexOf("自报总分（未复核）")).getNumericCellValue(), 0);
            assertBlank(finance.getCell(header.indexOf("履职效能")));
            assertBlank(finance.getCell(header.indexOf("报告")));
            assertEquals("101003", rows.get(0).get(header.indexOf("预算编码")));
            assertEquals("王五", rows.get(0).get(header.indexOf("联系人")));
            assertEquals("v1", rows.get(0).get(header.indexOf("版本")));
            assertEquals("2024-03-01 02:00:00", rows.get(0).get(header.indexOf("最近报送")));
            assertLinksTo(
                    xlsx,
                    finance.getCell(header.indexOf("校验报告")),
                    "2023/" + FINANCE + "/2023年度" + FINANCE + "部门整体支出绩效自评校验报告.docx");
            assertBlank(sheet.getRow(3).getCell(header.indexOf("最近报送")));

            Row education = sheet.getRow(5);
            // stored as shown: 94.985 is 94.99 in the cell, not a long binary fraction
            assertEquals(94.99, education.getCell(header.indexOf("总分")).getNumericCellValue(), 0);
            assertEquals(47.49, education.getCell(header.indexOf("履职效能")).getNumericCellValue(), 0);
            assertEquals(
                    0.9975,
                    education.getCell(header.indexOf("部门预算资金支出率（%）")).getNumericCellValue(),
                    0);
            assertEquals("优", rows.get(4).get(header.indexOf("等级")));
            assertEquals(1, (int) education.getCell(header.indexOf("警告数")).getNumericCellValue());
            assertLinksTo(
                    xlsx,
                    education.getCell(header.indexOf("报告")),
                    "2023/" + EDUCATION + "/2023年度" + EDUCATION + "部门整体支出绩效自评报告.docx");
            assertEquals(MARKET, rows.get(5).get(name), "the roster's spelling is shown");
            // the outputs keep the submission's spelling; its full-width space is escaped in the
            // link
            String marketFolder = PREFIX + "市场监督管理局\u3000(知识产权局)";
            assertTrue(
                    sheet.getRow(6)
                            .getCell(header.indexOf("报告"))
                            .getHyperlink()
                            .getAddress()
                            .contains("%E3%80%80"));
            assertLinksTo(
                    xlsx,
                    sheet.getRow(6).getCell(header.indexOf("报告")),
                    "2023/" + marketFolder + "/2023年度" + marketFolder + "部门整体支出绩效自评报告.docx");

            assertNotNull(sheet.getCTWorksheet().getAutoFilter(), "filters on");
            assertEquals(
                    1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header frozen");

            Sheet stats = wb.getSheet("统计");
            assertEquals(3, count(stats, "报告已生成"));
            assertEquals(1, count(stats, "存在错误"));
            assertEquals(1, count(stats, "无法读取"));
            assertEquals(2, count(stats, "未报送"));
            assertEquals(1, count(stats, "其中不在名单中"));
            assertEquals(1, count(stats, "无法识别部门的无法读取报送"));
            assertEquals(2, count(stats, "优"));
            assertEquals(1, count(stats, "良"));
            assertEquals(0, count(stats, "差"));
            assertEquals(
                    91.50, count(stats, "平均分"), 0); // (94.985 + 88.5 + 91) / 3 = 91.495 → 91.50
            assertEquals(91.00, count(stats, "中位数"), 0);
        }
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry chart = zip.getEntry("xl/charts/chart1.xml");
            assertNotNull(chart, "the grade chart part");
            String xml =
                    new String(zip.getInputStream(chart).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("barChart") && xml.contains("统计"), xml);
            assertTrue(
                    xml.contains("<c:v>优</c:v>") && xml.contains("<c:v>2.0</c:v>"),
                    "cached values: " + xml);
        }

        List<String> csv =
                Files.readAllLines(out("2023/" + SummaryWriter.CSV_NAME), StandardCharsets.UTF_8);
        assertTrue(csv.get(0).startsWith("\uFEFF部门名称,年度,预算编码,状态"), csv.get(0));
        assertTrue(
                csv.get(1)
                        .startsWith(
                                FINANCE
                                        + ",2023,101003,存在错误,首个错误：收入决算!C5：合计与明细之和不符；请把合计改为各明细之和。,"
                                        + "2024-03-01 02:00:00,v1,3,0,,,99.85,,"),
                csv.get(1));
        assertTrue(
                csv.get(5)
                        .startsWith(
                                EDUCATION
                                        + ",2023,101001,报告已生成,,2024-03-01 02:00:00,v1,0,1,94.99,优,"),
                csv.get(5));
        assertEquals(8, csv.size());
    }

    @Test
    void theSummaryIsRebuiltIdenticallyFromTheManifest() throws Exception {
        roster();
        dropNight();
        run("2024-03-01");
        byte[] csv = Files.readAllBytes(out("2023/" + SummaryWriter.CSV_NAME));
        List<String> xlsx = WorkbookSnapshot.of(out("2023/" + SummaryWriter.XLSX_NAME));
        Files.delete(out("2023/" + SummaryWriter.CSV_NAME));
        Files.delete(out("2023/" + SummaryWriter.XLSX_NAME));

        SummaryWriter.write(
                root.resolve("output"),
                Manifest.read(root.resolve("output")),
                RosterReader.read(root.resolve(RosterFiles.FILE_NAME)));
        assertEquals(
                new String(csv, StandardCharsets.UTF_8),
                Files.readString(out("2023/" + SummaryWriter.CSV_NAME), StandardCharsets.UTF_8));
        assertEquals(xlsx, WorkbookSnapshot.of(out("2023/" + SummaryWriter.XLSX_NAME)));
    }

    @Test
    void twoYearsShowLastYearsTotalAndMarkADroppedGrade() throws Exception {
        roster();
        FakeStages.workbook(inbox("edu-2022.xlsx"), EDUCATION, "2022", "总分=95");
        FakeStages.workbook(inbox("market-2022.xlsx"), MARKET, "2022", "总分=80");
        FakeStages.workbook(inbox("finance-2022.xlsx"), FINANCE, "2022", "总分=92");
        run("2023-03-01");
        FakeStages.workbook(inbox("edu-2023.xlsx"), EDUCATION, "2023", "总分=85.5");
        FakeStages.workbook(inbox("market-2023.xlsx"), MARKET, "2023", "总分=90.255");
        FakeStages.workbook(inbox("health-2023.xlsx"), HEALTH, "2023", "总分=93");
        FakeStages.workbook(inbox("finance-2023.xlsx"), FINANCE, "2023", "errors=1");
        run("2024-03-01");

        try (InputStream in = Files.newInputStream(out("2023/" + SummaryWriter.XLSX_NAME));
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("汇总");
            // a score's header carries what it is out of ("总分" over "（满分100）"): find it by name
            List<String> header =
                    texts(sheet.getRow(0)).stream()
                            .map(h -> h.replaceAll("\\n?（满分[^）]*）", "").replace("\n", ""))
                            .toList();
            Row education = find(sheet, EDUCATION);
            assertEquals(95.0, education.getCell(header.indexOf("上年总分")).getNumericCellValue(), 0);
            assertEquals("优", education.getCell(header.indexOf("上年等级")).getStringCellValue());
            assertEquals(-9.5, education.getCell(header.indexOf("总分变化")).getNumericCellValue(), 0);
            assertEquals("等级下降（优→良）", education.getCell(header.indexOf("备注")).getStringCellValue());
            Row market = find(sheet, MARKET);
            assertEquals(10.26, market.getCell(header.indexOf("总分变化")).getNumericCellValue(), 0);
            assertEquals("", text(market.getCell(header.indexOf("备注"))), "良 → 优 is no drop");
            Row health = find(sheet, HEALTH);
            assertBlank(health.getCell(header.indexOf("上年总分")));
            assertBlank(health.getCell(header.indexOf("总分变化")));
            Row finance = find(sheet, FINANCE);
            assertEquals(92.0, finance.getCell(header.indexOf("上年总分")).getNumericCellValue(), 0);
            assertBlank(finance.getCell(header.indexOf("总分变化")));
            assertEquals(1, count(wb.getSheet("统计"), "等级比上年下降"));
        }
        List<String> csv =
                Files.readAllLines(out("2023/" + SummaryWriter.CSV_NAME), StandardCharsets.UTF_8);
        String market = csv.stream().filter(l -> l.startsWith(MARKET)).findFirst().orElseThrow();
        assertTrue(market.contains(",90.26,优,,80.00,良,+10.26,"), market);
        // the earlier year's summary stays, with no year before it
        assertTrue(Files.exists(out("2022/" + SummaryWriter.XLSX_NAME)));
        assertTrue(
                Files.readString(out("2022/" + SummaryWriter.CSV_NAME))
                        .contains(JUSTICE + ",2022,101006,未报送"));
    }

    @Test
    void statusTellsTheRosterStateWithoutExcel() throws Exception {
        Path roster = roster();
        // the roster given with --roster, not found beside the inbox
        Path elsewhere =
                Files.move(
                        roster,
                        Files.createDirectories(root.resolve("bureau")).resolve("名单2023.xlsx"));
        dropNight();
        run("2024-03-01", "--roster", elsewhere.toString());

        StringWriter console = new StringWriter();
        assertEquals(ExitCodes.OK, status(console, "--roster", elsewhere.toString()));
        List<String> lines = console.toString().lines().toList();
        assertEquals(
                List.of(
                        "2023 年度：名单 6 个部门，已生成 2，存在错误 1，无法读取 1，未报送 2。",
                        "存在错误（1）：" + FINANCE + "（3 项错误，2024-03-01 02:00:00）",
                        "无法读取（1）：" + HEALTH + "（2024-03-01 02:00:00）",
                        "未报送（2）：" + CIVIL + "、" + JUSTICE,
                        "不在名单中（1）：" + CULTURE + "（报告已生成）",
                        "另有 1 份无法读取的报送无法识别部门（见失败文件夹中的 .原因.txt）。"),
                lines);
        assertTrue(err.toString().contains("部门名单：" + elsewhere.toAbsolutePath()), err.toString());

        StringWriter csv = new StringWriter();
        assertEquals(
                ExitCodes.OK, status(csv, "--roster", elsewhere.toString(), "--format", "csv"));
        assertEquals(
                Files.readString(out("2023/" + SummaryWriter.CSV_NAME), StandardCharsets.UTF_8)
                        .substring(1)
                        .replace("\r\n", "\n"),
                csv.toString().replace("\r\n", "\n"),
                "the summary's rows, without the BOM");

        StringWriter json = new StringWriter();
        assertEquals(
                ExitCodes.OK, status(json, "--roster", elsewhere.toString(), "--format", "json"));
        assertTrue(
                json.toString()
                        .startsWith("{\"年度\":\"2023\",\"使用部门名单\":true,\"无法识别部门\":1,\"部门\":["),
                json.toString());
        assertTrue(
                json.toString()
                        .contains(
                                "{\"部门名称\":\""
                                        + FINANCE
                                        + "\",\"年度\":\"2023\",\"预算编码\":\"101003\","
                                        + "\"状态\":\"存在错误\""),
                json.toString());
        assertEquals(7, json.toString().split("\"部门名称\"").length - 1);

        // without a roster it can only list who submitted; an earlier year on request
        StringWriter plain = new StringWriter();
        assertEquals(ExitCodes.OK, status(plain, "--year", "2022"));
        assertEquals("2022 年度：没有任何部门（未使用部门名单，也还没有处理过报送）。", plain.toString().strip());
    }

    @Test
    void aBrokenRosterStopsTheRunAndNamesTheCell() throws Exception {
        RosterWorkbooks.write(
                root.resolve(RosterFiles.FILE_NAME),
                new String[] {EDUCATION},
                new String[] {PREFIX + " 教育局"});
        FakeStages.workbook(inbox("edu.xlsx"), EDUCATION, "2023");
        assertEquals(ExitCodes.USAGE, run("2024-03-01"));
        assertTrue(
                err.toString()
                        .contains(RosterFiles.FILE_NAME + " 部门名单!A4：部门“" + PREFIX + " 教育局”与 A3 重复"),
                err.toString());
        assertTrue(Files.exists(inbox("edu.xlsx")), "nothing processed");
        StringWriter console = new StringWriter();
        assertEquals(ExitCodes.USAGE, status(console));

        // without a roster the run says so at its start
        Files.delete(root.resolve(RosterFiles.FILE_NAME));
        assertEquals(ExitCodes.OK, run("2024-03-01"));
        assertTrue(
                err.toString().contains("部门名单：未使用（未指定 --roster，收件文件夹旁也没有 部门名单.xlsx）"),
                err.toString());
    }

    private int status(StringWriter console, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "status",
                                "--inbox",
                                root.resolve("inbox").toString(),
                                "--out",
                                root.resolve("output").toString()));
        args.addAll(List.of(extra));
        CommandLine cl = org.selfeval.cli.Main.commandLine();
        cl.setOut(new PrintWriter(console, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args.toArray(String[]::new));
    }

    private static Row find(Sheet sheet, String department) {
        for (Row row : sheet) if (department.equals(text(row.getCell(0)))) return row;
        throw new AssertionError("no row for " + department);
    }

    private static double count(Sheet stats, String label) {
        for (Row row : stats) {
            if (label.equals(text(row.getCell(0)))) return row.getCell(1).getNumericCellValue();
        }
        throw new AssertionError("统计 has no row " + label);
    }

    /** The hyperlink is relative to the workbook and leads to the file the manifest names. */
    private void assertLinksTo(Path xlsx, Cell cell, String outRelative) {
        assertNotNull(cell.getHyperlink(), "no link in " + cell.getAddress());
        String address =
                URLDecoder.decode(
                        cell.getHyperlink().getAddress().replace("+", "%2B"),
                        StandardCharsets.UTF_8);
        assertFalse(
                address.startsWith("/") || address.contains(root.toString()),
                "relative: " + address);
        Path target = xlsx.getParent().resolve(address).normalize();
        assertEquals(out(outRelative).normalize(), target);
        assertTrue(Files.isRegularFile(target), target.toString());
    }

    private static void assertBlank(Cell cell) {
        assertTrue(
                cell == null
                        || cell.getCellType() == CellType.BLANK
                        || (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().isEmpty()),
                () -> "expected blank, found " + text(cell));
        if (cell != null) assertNull(cell.getHyperlink());
    }

    private static List<String> texts(Row row) {
        List<String> t = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) t.add(text(row.getCell(c)));
        return t;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
