package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.RecordCommand;
import org.selfeval.cli.StatusCommand;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.RefusedFile;
import org.selfeval.summary.SummaryWriter;
import org.selfeval.summary.roster.RosterFiles;
import org.selfeval.summary.roster.RosterWorkbooks;
import org.selfeval.testing.SeasonFolders;
import picocli.CommandLine;

/**
 * Every file received is in the bureau's view: a department that sent only an .ods is not shown as
 * 未报送 silently.
 */
class RefusedFilesTest {

    private static final String EDUCATION = "广州市花都区教育局";
    private static final String JUSTICE = "广州市花都区司法局";

    @TempDir Path root;

    /**
     * One night: a good workbook, an .ods named for 教育局, a .docx naming no one; 司法局 sends nothing.
     */
    private StringWriter season() throws IOException {
        RosterWorkbooks.write(
                root.resolve(RosterFiles.FILE_NAME),
                new String[] {EDUCATION, "101001", "张三", "020-86880001"},
                new String[] {RunCommandTest.GOOD, "101002", "李四", "020-86880002"},
                new String[] {JUSTICE, "101006", "王五", "020-86880006"});
        FakeStages.workbook(root.resolve("inbox/good.xlsx"), RunCommandTest.GOOD, "2023");
        Files.writeString(
                root.resolve("inbox/" + EDUCATION + "自评表.ods"), "PK", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("inbox/说明.docx"), "PK", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        assertEquals(
                ExitCodes.FAILED, RunCommandTest.run(root, err, d -> {}, "--init"), err.toString());
        return err;
    }

    @Test
    void refusedFilesAreRecordedUnderTheDepartmentTheirNameRevealsAndListedByStatus()
            throws IOException {
        StringWriter err = season();

        List<RefusedFile> refused = Manifest.readRefused(root.resolve("output"));
        assertEquals(
                List.of(EDUCATION + "自评表.ods", "说明.docx"),
                refused.stream().map(RefusedFile::file).toList());
        assertEquals(
                List.of(EDUCATION, ""), refused.stream().map(RefusedFile::department).toList());
        assertEquals(
                List.of("2023", "2023"),
                refused.stream().map(RefusedFile::year).toList(),
                "the year being collected when they came, though they carry none");

        CommandLine status = new CommandLine(new StatusCommand());
        StringWriter out = new StringWriter();
        status.setOut(new PrintWriter(out, true));
        status.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(
                ExitCodes.OK,
                status.execute(
                        "--inbox",
                        root.resolve("inbox").toString(),
                        "--out",
                        root.resolve("output").toString()));
        String table = out.toString();
        assertTrue(table.contains("另有 2 个文件收到后未能处理"), table);
        assertTrue(table.contains("  " + EDUCATION + "：" + EDUCATION + "自评表.ods — "), table);
        assertTrue(table.contains("  （无法识别部门）：说明.docx — "), table);
        assertTrue(
                table.contains("无法读取 0，格式不支持 1，未报送 1。"),
                "one count: the department is not 未报送: " + table);
        assertTrue(err.toString().contains("格式不支持或无法处理 2 份"), err.toString());
        String log;
        try (var logs = Files.list(root.resolve("output/logs"))) {
            log =
                    Files.readString(
                            logs.filter(f -> f.toString().endsWith(".log"))
                                    .findFirst()
                                    .orElseThrow(),
                            StandardCharsets.UTF_8);
        }
        assertTrue(log.contains("格式不支持或无法处理 2 份"), "the log counts as the console: " + log);
    }

    @Test
    void theSummaryAndStatusCsvAndJsonCountAndListRefusedFiles() throws Exception {
        StringWriter err = season();
        assertTrue(err.toString().contains("格式不支持或无法处理 2 份"), err.toString());

        List<String> csv =
                Files.readAllLines(
                        root.resolve("output/2023/" + SummaryWriter.CSV_NAME),
                        StandardCharsets.UTF_8);
        String education =
                csv.stream().filter(l -> l.startsWith(EDUCATION + ",")).findFirst().orElseThrow();
        assertTrue(education.startsWith(EDUCATION + ",2023,101001,格式不支持,"), education);
        assertTrue(
                education.contains("未能处理 " + EDUCATION + "自评表.ods（格式不支持：不是可处理的自评表"),
                "the reason in 备注: " + education);
        assertTrue(
                csv.stream().anyMatch(l -> l.startsWith(JUSTICE + ",2023,101006,未报送")),
                csv.toString());

        try (Workbook wb =
                WorkbookFactory.create(
                        root.resolve("output/2023/" + SummaryWriter.XLSX_NAME).toFile(),
                        null,
                        true)) {
            Sheet stats = wb.getSheet("统计");
            assertEquals(1, count(stats, "报告已生成"));
            assertEquals(1, count(stats, "格式不支持"));
            assertEquals(1, count(stats, "未报送"));
            assertEquals(3, count(stats, "合计（名单内外）"));
            assertEquals(2, count(stats, "收到后未能处理的文件"));
            assertEquals(1, count(stats, "其中无法识别部门"));
            List<String> listed = new java.util.ArrayList<>();
            for (Row row : stats) if (row.getCell(2) != null) listed.add(cells(row));
            assertTrue(listed.contains(EDUCATION + "自评表.ods|" + EDUCATION), listed.toString());
            assertTrue(listed.contains("说明.docx|（无法识别部门）"), listed.toString());
        }

        String statusCsv = status("--format", "csv");
        assertTrue(statusCsv.contains("\n" + EDUCATION + ",2023,101001,格式不支持,"), statusCsv);
        String json = status("--format", "json");
        assertTrue(json.contains("\"状态\":\"格式不支持\""), json);
        assertTrue(
                json.contains(
                        "\"未能处理的文件\":[{\"文件\":\""
                                + EDUCATION
                                + "自评表.ods\",\"部门\":\""
                                + EDUCATION
                                + "\""),
                json);
        assertTrue(json.contains("{\"文件\":\"说明.docx\",\"部门\":\"\""), json);
    }

    @Test
    void aRebuiltRecordKeepsTheRefusedFilesAndTheSummaryShowsThemAsBefore() throws Exception {
        season();
        Path out = root.resolve("output");
        List<RefusedFile> before = Manifest.readRefused(out);
        String summaryBefore =
                Files.readString(
                        out.resolve("2023/" + SummaryWriter.CSV_NAME), StandardCharsets.UTF_8);
        assertEquals(2, before.size(), before.toString());

        Files.delete(out.resolve(Manifest.FILE_NAME));
        Files.delete(out.resolve("2023/" + SummaryWriter.CSV_NAME));
        StringWriter told = rebuild();

        assertEquals(
                before,
                Manifest.readRefused(out),
                "file, department, year, reason and time come back");
        // (the converted department's 最近报送 comes back from the archived file's time, not the fixed
        // test clock)
        assertEquals(
                educationLine(summaryBefore),
                educationLine(
                        Files.readString(
                                out.resolve("2023/" + SummaryWriter.CSV_NAME),
                                StandardCharsets.UTF_8)));
        assertTrue(told.toString().contains("另有收到后未能处理的文件 2 个"), told.toString());
    }

    /**
     * A file that cannot be read at all (here a link whose target is gone) leaves its department
     * 无法读取, not 格式不支持; every status keeps its own colour in 汇总.xlsx.
     */
    @Test
    void aRefusedFilesStatusFollowsItsReasonAndEveryStatusHasItsColour() throws Exception {
        String finance = "广州市花都区财政局";
        String blocked = "广州市花都区审计局";
        RosterWorkbooks.write(
                root.resolve(RosterFiles.FILE_NAME),
                new String[] {EDUCATION, "101001", "张三", "020-86880001"},
                new String[] {RunCommandTest.GOOD, "101002", "李四", "020-86880002"},
                new String[] {JUSTICE, "101006", "王五", "020-86880006"},
                new String[] {finance, "101007", "赵六", "020-86880007"},
                new String[] {blocked, "101008", "钱七", "020-86880008"});
        FakeStages.workbook(root.resolve("inbox/good.xlsx"), RunCommandTest.GOOD, "2023");
        FakeStages.workbook(root.resolve("inbox/audit.xlsx"), blocked, "2023", "errors=2");
        Files.writeString(
                root.resolve("inbox/" + EDUCATION + "自评表.ods"), "PK", StandardCharsets.UTF_8);
        Files.createSymbolicLink(
                root.resolve("inbox/" + JUSTICE + "自评表.xlsx"), root.resolve("已删除.xlsx"));
        StringWriter err = new StringWriter();
        assertEquals(
                ExitCodes.FAILED, RunCommandTest.run(root, err, d -> {}, "--init"), err.toString());

        assertTrue(
                err.toString().contains(JUSTICE + "自评表.xlsx 无法读取：不是普通文件，移入失败文件夹"), err.toString());
        List<String> csv =
                Files.readAllLines(
                        root.resolve("output/2023/" + SummaryWriter.CSV_NAME),
                        StandardCharsets.UTF_8);
        String justice =
                csv.stream().filter(l -> l.startsWith(JUSTICE + ",")).findFirst().orElseThrow();
        assertTrue(justice.startsWith(JUSTICE + ",2023,101006,无法读取,"), justice);
        assertTrue(justice.contains("未能处理 " + JUSTICE + "自评表.xlsx（无法读取：不是普通文件"), justice);
        assertTrue(
                csv.stream().anyMatch(l -> l.startsWith(EDUCATION + ",2023,101001,格式不支持,")),
                csv.toString());
        String table = status();
        assertTrue(table.contains("无法读取 1，格式不支持 1，未报送 1。"), table);
        assertTrue(table.contains("无法读取（1）：" + JUSTICE + "（" + JUSTICE + "自评表.xlsx）"), table);

        try (Workbook wb =
                WorkbookFactory.create(
                        root.resolve("output/2023/" + SummaryWriter.XLSX_NAME).toFile(),
                        null,
                        true)) {
            Sheet summary = wb.getSheet("汇总");
            int status = -1;
            for (org.apache.poi.ss.usermodel.Cell c : summary.getRow(0))
                if (c.getStringCellValue().equals("状态")) status = c.getColumnIndex();
            java.util.Map<String, String> fills = new java.util.TreeMap<>();
            for (Row row : summary) {
                if (row.getRowNum() == 0) continue;
                var cell = (org.apache.poi.xssf.usermodel.XSSFCell) row.getCell(status);
                var fill = cell.getCellStyle().getFillForegroundXSSFColor();
                fills.put(cell.getStringCellValue(), fill == null ? "无" : fill.getARGBHex());
            }
            assertEquals(
                    java.util.Set.of("报告已生成", "存在错误", "无法读取", "格式不支持", "未报送"),
                    fills.keySet(),
                    fills.toString());
            assertEquals(5, new java.util.HashSet<>(fills.values()).size(), fills.toString());
            assertTrue(!fills.containsValue("无"), fills.toString());
        }
    }

    /**
     * A refusal's year is fixed when it is received and written into its 原因, so the rebuilt record
     * keeps it even where the day's later verdicts are of another year.
     */
    @Test
    void aRebuiltRecordTakesARefusalsYearFromItsReason() throws Exception {
        season(); // 2023 is being collected: the .ods counts for 2023
        FakeStages.workbook(root.resolve("inbox/next.xlsx"), JUSTICE, "2024");
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.OK, RunCommandTest.run(root, err, d -> {}), err.toString());
        Path reason =
                root.resolve("failed/" + RunCommandTest.DAY + "/" + EDUCATION + "自评表.ods.原因.txt");
        String text = Files.readString(reason, StandardCharsets.UTF_8);
        assertTrue(text.contains("\n年度：2023\n结果：格式不支持："), text);
        List<RefusedFile> before = Manifest.readRefused(root.resolve("output"));

        Files.delete(root.resolve("output").resolve(Manifest.FILE_NAME));
        rebuild();

        List<RefusedFile> after = Manifest.readRefused(root.resolve("output"));
        assertEquals(before, after);
        assertEquals(List.of("2023", "2023"), after.stream().map(RefusedFile::year).toList());
    }

    /**
     * A file's year is fixed when it is received: unreadable workbooks and refused files of a 2023
     * night stay in 2023 once 2024's submissions arrive — in the record, in status and in their 原因,
     * and after a rebuild. Files received before any year was known take the first year a round
     * knows.
     */
    @Test
    void unreadableAndRefusedFilesKeepTheYearTheyWereReceivedIn() throws Exception {
        Path out = root.resolve("output");
        // a first night with no year known yet: a broken workbook and an .ods
        FakeStages.workbook(root.resolve("inbox/早到的坏文件.xlsx"), "", "", "unreadable=0");
        Files.writeString(root.resolve("inbox/早到.ods"), "PK", StandardCharsets.UTF_8);
        StringWriter first = new StringWriter();
        assertEquals(
                ExitCodes.FAILED,
                RunCommandTest.run(root, first, d -> {}, "--init"),
                first.toString());
        assertEquals(List.of(""), years(Manifest.read(out)), "no year known yet");
        assertEquals(
                List.of(""), Manifest.readRefused(out).stream().map(RefusedFile::year).toList());

        // 2023 is collected: a broken workbook beside the season's files
        FakeStages.workbook(root.resolve("inbox/损坏.xlsx"), "", "", "unreadable=1");
        season();
        assertEquals(List.of("2023", "2023"), years(Manifest.read(out)));
        assertEquals(
                List.of("2023", "2023", "2023"),
                Manifest.readRefused(out).stream().map(RefusedFile::year).toList());
        Path reason = root.resolve("failed/" + RunCommandTest.DAY + "/损坏.xlsx.原因.txt");
        assertTrue(
                Files.readString(reason, StandardCharsets.UTF_8).contains("\n年度：2023\n处理时间："),
                Files.readString(reason, StandardCharsets.UTF_8));

        // 2024 begins: one more broken workbook
        FakeStages.workbook(root.resolve("inbox/next.xlsx"), JUSTICE, "2024");
        FakeStages.workbook(root.resolve("inbox/又一个坏文件.xlsx"), "", "", "unreadable=2");
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.FAILED, RunCommandTest.run(root, err, d -> {}), err.toString());
        assertEquals(
                java.util.Map.of("早到的坏文件.xlsx", "2023", "损坏.xlsx", "2023", "又一个坏文件.xlsx", "2024"),
                unreadableYears(Manifest.read(out)));
        assertEquals(
                List.of("2023", "2023", "2023"),
                Manifest.readRefused(out).stream().map(RefusedFile::year).toList());
        String now = status();
        assertTrue(now.startsWith("2024 年度："), now);
        assertTrue(now.contains("另有 1 份无法读取的报送无法识别部门"), now);
        assertTrue(!now.contains("收到后未能处理"), "the 2023 files stay in 2023: " + now);
        String before = status("--year", "2023");
        assertTrue(before.contains("另有 2 份无法读取的报送无法识别部门"), before);
        assertTrue(before.contains("另有 3 个文件收到后未能处理"), before);

        // a rebuilt record finds the years in the 原因 the rounds wrote
        Files.delete(out.resolve(Manifest.FILE_NAME));
        rebuild();
        java.util.Map<String, String> rebuilt = unreadableYears(Manifest.read(out));
        assertEquals("2023", rebuilt.get("损坏.xlsx"));
        assertEquals("2024", rebuilt.get("又一个坏文件.xlsx"));
        assertEquals(
                List.of("2023", "2023"),
                Manifest.readRefused(out).stream()
                        .filter(r -> !r.file().equals("早到.ods"))
                        .map(RefusedFile::year)
                        .toList());
    }

    /**
     * A blocked submission whose 评价年度 is blank (an error of its own) is kept in the year being
     * collected when it was received: a later year's status does not show it, its own year does.
     * Its documents stay where they were published (未知年度), and a second such submission of the
     * department takes the next version there.
     */
    @Test
    void aBlockedSubmissionWithoutAYearStaysInTheYearItWasReceivedIn() throws Exception {
        Path out = root.resolve("output");
        FakeStages.workbook(root.resolve("inbox/good.xlsx"), RunCommandTest.GOOD, "2023");
        FakeStages.workbook(root.resolve("inbox/无年度.xlsx"), EDUCATION, "", "errors=1");
        StringWriter first = new StringWriter();
        assertEquals(
                ExitCodes.FAILED,
                RunCommandTest.run(root, first, d -> {}, "--init"),
                first.toString());
        org.selfeval.publish.ManifestEntry blocked =
                Manifest.read(out).stream()
                        .filter(e -> e.department().equals(EDUCATION))
                        .findFirst()
                        .orElseThrow();
        assertEquals(org.selfeval.pipeline.Status.BLOCKED, blocked.status());
        assertEquals("2023", blocked.year(), "the year being collected when it was received");
        Path unknownYear =
                out.resolve(org.selfeval.publish.ReportNames.UNKNOWN_YEAR).resolve(EDUCATION);
        assertTrue(
                blocked.auditReport()
                                .startsWith(org.selfeval.publish.ReportNames.UNKNOWN_YEAR + "/")
                        && Files.exists(out.resolve(blocked.auditReport())),
                "its documents keep their names: " + blocked.auditReport());

        // 2024 begins
        FakeStages.workbook(root.resolve("inbox/next.xlsx"), JUSTICE, "2024");
        StringWriter second = new StringWriter();
        assertEquals(ExitCodes.OK, RunCommandTest.run(root, second, d -> {}), second.toString());
        String now = status();
        assertTrue(now.startsWith("2024 年度："), now);
        assertFalse(now.contains(EDUCATION), "not moved into 2024: " + now);
        String before = status("--year", "2023");
        assertTrue(
                before.lines().anyMatch(l -> l.contains(EDUCATION) && l.contains("存在错误")), before);
        String summary2024 = Files.readString(out.resolve("2024/汇总.csv"), StandardCharsets.UTF_8);
        assertFalse(summary2024.contains(EDUCATION), summary2024);
        String summary2023 = Files.readString(out.resolve("2023/汇总.csv"), StandardCharsets.UTF_8);
        assertTrue(
                summary2023.lines().anyMatch(l -> l.contains(EDUCATION) && l.contains("存在错误")),
                summary2023);

        // the same department again without a year: the next version beside the first
        FakeStages.workbook(root.resolve("inbox/又无年度.xlsx"), EDUCATION, "", "errors=2");
        StringWriter third = new StringWriter();
        assertEquals(ExitCodes.FAILED, RunCommandTest.run(root, third, d -> {}), third.toString());
        try (var s = Files.list(unknownYear)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.contains("-v2")), names.toString());
        }

        // its corrected 2023 submission is the department's first in 2023: no -v2 without a v1
        FakeStages.workbook(root.resolve("inbox/改正.xlsx"), EDUCATION, "2023");
        StringWriter fourth = new StringWriter();
        assertEquals(ExitCodes.OK, RunCommandTest.run(root, fourth, d -> {}), fourth.toString());
        org.selfeval.publish.ManifestEntry corrected =
                Manifest.read(out).stream()
                        .filter(e -> e.source().equals("改正.xlsx"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(1, corrected.version());
        assertFalse(corrected.report().contains("-v"), corrected.report());
        assertTrue(Files.exists(out.resolve(corrected.report())), corrected.report());
    }

    private static List<String> years(List<org.selfeval.publish.ManifestEntry> entries) {
        return entries.stream()
                .filter(e -> e.status() == org.selfeval.pipeline.Status.UNREADABLE)
                .map(org.selfeval.publish.ManifestEntry::year)
                .toList();
    }

    private static java.util.Map<String, String> unreadableYears(
            List<org.selfeval.publish.ManifestEntry> entries) {
        java.util.Map<String, String> years = new java.util.TreeMap<>();
        for (var e : entries)
            if (e.status() == org.selfeval.pipeline.Status.UNREADABLE)
                years.put(e.source(), e.year());
        return years;
    }

    /**
     * One count everywhere: a night with an .ods (its department named), a .docx (no department), a
     * name in another encoding and a broken workbook is counted alike on the console, in the log,
     * by status (table and json) and in 汇总's 统计: 1 unreadable submission, 3 files refused.
     */
    @Test
    void aNightOfUnusableFilesIsCountedAlikeEverywhere() throws Exception {
        RosterWorkbooks.write(
                root.resolve(RosterFiles.FILE_NAME),
                new String[] {EDUCATION, "101001", "张三", "020-86880001"},
                new String[] {RunCommandTest.GOOD, "101002", "李四", "020-86880002"},
                new String[] {JUSTICE, "101006", "王五", "020-86880006"});
        FakeStages.workbook(root.resolve("inbox/good.xlsx"), RunCommandTest.GOOD, "2023");
        Files.writeString(
                root.resolve("inbox/" + EDUCATION + "自评表.ods"), "PK", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("inbox/说明.docx"), "PK", StandardCharsets.UTF_8);
        FakeStages.workbook(root.resolve("inbox/损坏.xlsx"), "", "", "unreadable=1");
        FakeStages.workbook(root.resolve("inbox/gbk.xlsx"), JUSTICE, "2023");
        // a GBK name (教育 = BD CC D3 FD) on a UTF-8 system, as copied from an old Windows share
        Process mv =
                new ProcessBuilder(
                                "sh", "-c", "mv gbk.xlsx \"$(printf '\\275\\314\\323\\375.xlsx')\"")
                        .directory(root.resolve("inbox").toFile())
                        .inheritIO()
                        .start();
        assertEquals(0, mv.waitFor());
        StringWriter err = new StringWriter();
        assertEquals(
                ExitCodes.FAILED, RunCommandTest.run(root, err, d -> {}, "--init"), err.toString());

        String counts = "无法读取 1 份，格式不支持或无法处理 3 份（已移入失败文件夹）";
        assertTrue(
                err.toString().contains("完成：共处理 5 份，报告已生成 1 份，存在错误 0 份，" + counts), err.toString());
        String log;
        try (var logs = Files.list(root.resolve("output/logs"))) {
            log =
                    Files.readString(
                            logs.filter(f -> f.toString().endsWith(".log"))
                                    .findFirst()
                                    .orElseThrow(),
                            StandardCharsets.UTF_8);
        }
        assertTrue(log.contains(counts), log);

        String table = status();
        assertTrue(table.contains("另有 1 份无法读取的报送无法识别部门"), table);
        assertTrue(table.contains("另有 3 个文件收到后未能处理"), table);
        assertTrue(table.contains("无法读取 0，格式不支持 1，未报送 1。"), "by department: " + table);
        String json = status("--format", "json");
        assertTrue(json.contains("\"无法识别部门\":1,"), json);
        assertEquals(3, json.split("\"收到时间\"", -1).length - 1, json);

        try (Workbook wb =
                WorkbookFactory.create(
                        root.resolve("output/2023/" + SummaryWriter.XLSX_NAME).toFile(),
                        null,
                        true)) {
            Sheet stats = wb.getSheet("统计");
            assertEquals(1, count(stats, "无法识别部门的无法读取报送"));
            assertEquals(3, count(stats, "收到后未能处理的文件"));
            assertEquals(2, count(stats, "其中无法识别部门"));
            assertEquals(1, count(stats, "格式不支持"));
        }
    }

    /** selfeval record rebuild over the season's folders; what it told. */
    private StringWriter rebuild() {
        CommandLine rebuild =
                new CommandLine(
                        new RecordCommand.Rebuild(FakeStages.factory(), RunCommandTest.CLOCK));
        StringWriter told = new StringWriter();
        rebuild.setErr(new PrintWriter(told, true));
        assertEquals(
                ExitCodes.OK,
                rebuild.execute(SeasonFolders.args(root, List.of())),
                told.toString());
        return told;
    }

    private static String educationLine(String csv) {
        String line =
                csv.lines().filter(l -> l.startsWith(EDUCATION + ",")).findFirst().orElseThrow();
        assertTrue(line.contains(",格式不支持,"), line);
        return line;
    }

    private String status(String... format) {
        CommandLine status = new CommandLine(new StatusCommand());
        StringWriter out = new StringWriter();
        status.setOut(new PrintWriter(out, true));
        status.setErr(new PrintWriter(new StringWriter(), true));
        List<String> args =
                new java.util.ArrayList<>(
                        List.of(
                                "--inbox",
                                root.resolve("inbox").toString(),
                                "--out",
                                root.resolve("output").toString()));
        args.addAll(List.of(format));
        assertEquals(ExitCodes.OK, status.execute(args.toArray(String[]::new)));
        return out.toString();
    }

    private static double count(Sheet stats, String label) {
        for (Row row : stats) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("统计 has no row " + label);
    }

    private static String cells(Row row) {
        return row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue();
    }
}
