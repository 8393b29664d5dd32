package org.selfeval.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.CellRef;
import org.selfeval.model.Finding;
import org.selfeval.model.ProjectTableLine;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.Status;
import org.selfeval.testing.BlockedEntry;

/**
 * The first errors beyond the record's database: in its readable export (处理记录.csv) and its import,
 * and a blocked project's, kept in the projects table (a record written before it: read without it,
 * given the column when opened for writing).
 */
class FirstErrorExportTest {

    @TempDir Path dir;

    /** A first error with the characters a CSV must quote: a comma and quotation marks. */
    private static final String DEPARTMENT_ERROR =
            "绩效指标!K43：“资产管理 小计”填报 9 分，但其下各项自评得分之和为 10 分, \"请改为 10\"。";

    private static final String PROJECT_ERROR = "农村户厕改造!D8：资金来源合计 400 万元，与年度资金总额 300 万元不符。";

    private static ProjectVerdict project(String hash, String name, String firstError) {
        boolean blocked = !firstError.isEmpty();
        return new ProjectVerdict(
                hash,
                hash + ".xlsx",
                name,
                "青山县农业农村局",
                "2023",
                name,
                blocked ? Status.BLOCKED : Status.CONVERTED,
                new BigDecimal("300"),
                new BigDecimal("260"),
                new BigDecimal("86.67"),
                blocked ? null : new BigDecimal("92"),
                blocked ? "" : "优",
                blocked ? 1 : 0,
                0,
                blocked ? "" : "2023/青山县农业农村局/项目支出绩效自评/" + name + ".docx",
                "2023/青山县农业农村局/项目支出绩效自评/校验报告.docx",
                "2026-12-05 02:00:00",
                new ProjectTableLine.Labels("全年预算数", "全年执行数", "执行率"),
                new BigDecimal("100"),
                firstError);
    }

    private Path filed(String name) throws IOException {
        Path p = dir.resolve("archive").resolve(name);
        Files.createDirectories(p.getParent());
        return p;
    }

    private static List<CSVRecord> records(Path csv, List<String> header) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "Excel's BOM");
        try (Reader in = new java.io.StringReader(text.substring(1));
                CSVParser p =
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(in)) {
            header.addAll(p.getHeaderNames());
            return p.getRecords();
        }
    }

    @Test
    void theExportCarriesTheFirstErrorsAndAnImportOfItReadsThemBack() throws IOException {
        Path out = dir.resolve("out");
        Path export;
        try (Manifest m = Manifest.load(out)) {
            m.settle(
                    m.intend(
                            BlockedEntry.of("h1", "青山县农业农村局", DEPARTMENT_ERROR),
                            filed("h1.xlsx"),
                            List.of(
                                    project("h1", "农村户厕改造", PROJECT_ERROR),
                                    project("h1", "高标准农田建设", ""))));
            export = m.export();
        }
        List<String> header = new ArrayList<>();
        List<CSVRecord> rows = records(export, header);
        assertEquals("firstError", header.get(header.size() - 1), "the last column: " + header);
        assertEquals(3, rows.size());
        assertEquals(DEPARTMENT_ERROR, rows.get(0).get("firstError"));
        assertEquals("", rows.get(0).get("project"));
        assertEquals("农村户厕改造", rows.get(1).get("project"));
        assertEquals(PROJECT_ERROR, rows.get(1).get("firstError"));
        assertEquals("高标准农田建设", rows.get(2).get("project"));
        assertEquals("", rows.get(2).get("firstError"), "a published project has none");

        // the export imported as a manifest of an earlier version: the submission's first error
        // comes with it (the projects' rows are not submissions)
        Path elsewhere = dir.resolve("imported");
        Files.createDirectories(elsewhere);
        Files.copy(export, elsewhere.resolve(Manifest.LEGACY_FILE));
        try (Manifest m = Manifest.load(elsewhere)) {
            assertEquals(1, m.entries().size());
            assertEquals(DEPARTMENT_ERROR, m.byHash("h1").orElseThrow().firstError());
        }
        assertEquals(DEPARTMENT_ERROR, Manifest.read(elsewhere).get(0).firstError());
    }

    /** An export written before first errors were kept (no such column) imports as before. */
    @Test
    void anExportWithoutTheColumnStillImports() throws IOException {
        Path legacy = dir.resolve(Manifest.LEGACY_FILE);
        Files.writeString(
                legacy,
                "\uFEFFhash,source,department,year,version,status,total,grade,groups,executionRate,"
                        + "errors,warnings,report,auditReport,processedAt,programVersion,reportedTotal,project,sheet\r\n"
                        + "h9,b.xlsx,乙局,2023,1,BLOCKED,,,,,2,0,,2023/乙局/校验报告.docx,"
                        + "2026-11-30 02:00:00,0.1.0,97.5,,\r\n"
                        + "h9,b.xlsx,乙局,2023,0,CONVERTED,80,良,,90,0,0,2023/乙局/甲.docx,"
                        + "2023/乙局/项目校验报告.docx,2026-11-30 02:00:00,,,甲,甲\r\n",
                StandardCharsets.UTF_8);
        try (Manifest m = Manifest.load(dir)) {
            assertEquals(1, m.entries().size());
            ManifestEntry e = m.entries().get(0);
            assertEquals(Status.BLOCKED, e.status());
            assertEquals(2, e.errors());
            assertEquals(new BigDecimal("97.5"), e.reportedTotal());
            assertEquals("", e.firstError());
        }
        assertFalse(Files.exists(legacy), "imported once");
    }

    /** A line break in a message (a clerk's text it quotes) is kept on one line. */
    @Test
    void aFirstErrorIsKeptOnOneLine() {
        Finding f =
                new Finding(
                        "P-REQUIRED",
                        Severity.ERROR,
                        CellRef.of("p.xlsx", "农村户厕改造", "B5"),
                        "",
                        "",
                        "",
                        "“实施单位\r\n  （盖章）”未填写。\n");
        assertEquals("农村户厕改造!B5：“实施单位 （盖章）”未填写。", ProjectVerdict.firstError(List.of(f), "p.xlsx"));
    }

    /**
     * A project's first error is its first 错误 as the project 校验报告 lists them: errors first, each
     * project's in the order they were found (not by cell), after its place.
     */
    @Test
    void aProjectsFirstErrorIsTheFirstErrorFound() {
        List<Finding> findings =
                List.of(
                        new Finding(
                                "P-DEVIATION",
                                Severity.WARNING,
                                CellRef.of("p.xlsx", "甲", "A3"),
                                "",
                                "",
                                "",
                                "只是警告。"),
                        new Finding(
                                "P-FUNDS-SUM",
                                Severity.ERROR,
                                CellRef.of("p.xlsx", "甲", "D8"),
                                "",
                                "",
                                "",
                                "合计不符。"),
                        new Finding(
                                "P-REQUIRED",
                                Severity.ERROR,
                                CellRef.of("p.xlsx", "甲", "B5"),
                                "",
                                "",
                                "",
                                "未填写。"));
        assertEquals("甲!D8：合计不符。", ProjectVerdict.firstError(findings, "p.xlsx"));
        assertEquals("", ProjectVerdict.firstError(findings.subList(0, 1), "p.xlsx"));
    }

    /**
     * A record written before projects' first errors were kept (its projects table without the
     * column): read-only it reads them as none and is not changed; opened for writing it is given
     * the column, keeps its verdicts, and keeps the next blocked project's first error.
     */
    @Test
    void aRecordWrittenBeforeIsReadAndGivenTheProjectsColumn() throws Exception {
        Path out = dir.resolve("out");
        try (Manifest m = Manifest.load(out)) {
            m.settle(m.intend(null, filed("a.xlsx"), List.of(project("h1", "甲", PROJECT_ERROR))));
        }
        assertEquals(PROJECT_ERROR, Manifest.readProjects(out).get(0).firstError());

        // as the version before left it: the projects table without the column
        Path file = out.resolve(Manifest.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE projects DROP COLUMN first_error");
        }
        assertFalse(columns(file).contains("first_error"));
        List<ProjectVerdict> old = Manifest.readProjects(out);
        assertEquals(1, old.size());
        assertEquals("", old.get(0).firstError());
        assertEquals("甲", old.get(0).project());
        assertEquals("全年预算数", old.get(0).words().budget(), "its other columns read as before");
        assertFalse(columns(file).contains("first_error"), "a reader changes nothing");

        try (Manifest m = Manifest.load(out)) {
            m.settle(m.intend(null, filed("b.xlsx"), List.of(project("h2", "乙", PROJECT_ERROR))));
        }
        assertTrue(columns(file).contains("first_error"));
        List<ProjectVerdict> read = Manifest.readProjects(out);
        assertEquals(List.of("甲", "乙"), read.stream().map(ProjectVerdict::project).toList());
        assertEquals("", read.get(0).firstError());
        assertEquals(PROJECT_ERROR, read.get(1).firstError());
        assertEquals(project("h2", "乙", PROJECT_ERROR), read.get(1));
        try (Manifest again = Manifest.load(out)) {
            assertEquals(2, again.projects().size(), "the column is added once");
        }
    }

    private static List<String> columns(Path file) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA table_info(projects)")) {
            while (r.next()) names.add(r.getString("name"));
        }
        return names;
    }
}
