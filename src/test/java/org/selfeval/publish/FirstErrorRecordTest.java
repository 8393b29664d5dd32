package org.selfeval.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.CellRef;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.BlockedEntry;

/**
 * A blocked submission's first error kept in the record (the 汇总's 备注 shows it), and a record
 * written before it was kept: read as before, given the column when opened for writing.
 */
class FirstErrorRecordTest {

    @TempDir Path dir;

    private static final String K43 = "“资产管理 小计”填报 9 分，但其下各项自评得分之和为 10 分：请把此处改为 10。";

    @Test
    void theFirstErrorIsKeptAndReadBack() throws IOException {
        try (Manifest m = Manifest.load(dir)) {
            m.add(BlockedEntry.of("h1", "甲局", "绩效指标!K43：" + K43));
        }
        try (Manifest again = Manifest.load(dir)) {
            assertEquals("绩效指标!K43：" + K43, again.byHash("h1").orElseThrow().firstError());
        }
        assertEquals("绩效指标!K43：" + K43, Manifest.read(dir).get(0).firstError());
    }

    /** The first 错误 in the 校验报告's order (sheet order, then row), not the first found. */
    @Test
    void theFirstErrorIsTheOneTheAuditReportListsFirst() {
        CellRef k45 = CellRef.of("a.xlsx", "绩效指标", "K45");
        CellRef k43 = CellRef.of("a.xlsx", "绩效指标", "K43");
        CellRef b14 = CellRef.of("a.xlsx", "基本信息", "B14");
        CellRef other = CellRef.of("预算表.xlsx", "收入决算", "C3");
        List<Finding> findings =
                List.of(
                        new Finding("R-SCORE-RANGE", Severity.ERROR, k45, "", "", "", "超出分值范围。"),
                        new Finding("R-SUBTOTAL", Severity.ERROR, k43, "", "", "", " " + K43 + " "),
                        new Finding("R-X", Severity.WARNING, b14, "", "", "", "只是警告。"));
        assertEquals("绩效指标!K43：" + K43, ManifestEntry.firstError(findings, "a.xlsx"));
        // another file of the submission is named before its sheet and cell
        List<Finding> folder =
                List.of(new Finding("R-SUM", Severity.ERROR, other, "", "", "", "合计不符。"));
        assertEquals("预算表.xlsx 收入决算!C3：合计不符。", ManifestEntry.firstError(folder, "a.xlsx"));
        // a finding about the whole file has no place
        List<Finding> whole =
                List.of(
                        new Finding(
                                "READ-FORMAT",
                                Severity.ERROR,
                                CellRef.file("a.xlsx"),
                                "",
                                "",
                                "",
                                "文件不是有效的 Excel 工作簿。"));
        assertEquals("文件不是有效的 Excel 工作簿。", ManifestEntry.firstError(whole, "a.xlsx"));
        assertEquals("", ManifestEntry.firstError(findings.subList(2, 3), "a.xlsx"));
    }

    /**
     * A record as the program wrote it before the first error was kept (its tables as they were
     * created then): read-only it is read unchanged, with no first error; opened for writing it is
     * given the column, keeps its verdicts, and keeps the first error of the next one.
     */
    @Test
    void aRecordWrittenBeforeIsReadAndGivenTheColumn() throws Exception {
        Path file = dir.resolve(Manifest.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "CREATE TABLE verdicts (seq INTEGER PRIMARY KEY AUTOINCREMENT, hash TEXT NOT NULL,"
                            + " source TEXT NOT NULL, department TEXT NOT NULL, year TEXT NOT NULL, version INTEGER NOT NULL,"
                            + " status TEXT NOT NULL, total TEXT, grade TEXT NOT NULL, groups TEXT NOT NULL,"
                            + " execution_rate TEXT, errors INTEGER NOT NULL, warnings INTEGER NOT NULL, report TEXT NOT NULL,"
                            + " audit_report TEXT NOT NULL, processed_at TEXT NOT NULL, program_version TEXT NOT NULL,"
                            + " reported_total TEXT)");
            s.executeUpdate("CREATE INDEX verdicts_hash ON verdicts(hash)");
            s.executeUpdate(
                    "CREATE TABLE pending (seq INTEGER PRIMARY KEY AUTOINCREMENT, filed TEXT NOT NULL,"
                            + " hash TEXT NOT NULL, source TEXT NOT NULL, department TEXT NOT NULL, year TEXT NOT NULL,"
                            + " version INTEGER NOT NULL, status TEXT NOT NULL, total TEXT, grade TEXT NOT NULL,"
                            + " groups TEXT NOT NULL, execution_rate TEXT, errors INTEGER NOT NULL, warnings INTEGER NOT NULL,"
                            + " report TEXT NOT NULL, audit_report TEXT NOT NULL, processed_at TEXT NOT NULL,"
                            + " program_version TEXT NOT NULL, reported_total TEXT)");
            s.executeUpdate(
                    "CREATE TABLE refused (seq INTEGER PRIMARY KEY AUTOINCREMENT, file TEXT NOT NULL,"
                            + " department TEXT NOT NULL, year TEXT NOT NULL, result TEXT NOT NULL, received_at TEXT NOT NULL)");
            s.executeUpdate(
                    "INSERT INTO verdicts (hash, source, department, year, version, status, total, grade,"
                            + " groups, execution_rate, errors, warnings, report, audit_report, processed_at,"
                            + " program_version, reported_total) VALUES ('old', 'old.xlsx', '乙局', '2023', 1,"
                            + " 'BLOCKED', NULL, '', '', NULL, 3, 0, '', '2023/乙局/校验报告.docx',"
                            + " '2026-11-30 02:00:00', '0.0.9', '97.5')");
            s.executeUpdate("PRAGMA user_version = 1");
        }

        List<ManifestEntry> read = Manifest.read(dir);
        assertEquals(1, read.size());
        assertEquals("", read.get(0).firstError());
        assertEquals(3, read.get(0).errors());
        assertEquals(new BigDecimal("97.5"), read.get(0).reportedTotal());
        assertFalse(columns(file, "verdicts").contains("first_error"), "a reader changes nothing");

        try (Manifest m = Manifest.load(dir)) {
            assertEquals("", m.byHash("old").orElseThrow().firstError());
            m.add(BlockedEntry.of("new", "甲局", "绩效指标!K43：" + K43));
        }
        assertTrue(columns(file, "verdicts").contains("first_error"));
        assertTrue(columns(file, "pending").contains("first_error"));
        assertEquals(
                1, userVersion(file), "the schema's version stands: an older program reads it");
        List<ManifestEntry> after = Manifest.read(dir);
        assertEquals(List.of("old", "new"), after.stream().map(ManifestEntry::hash).toList());
        assertEquals("", after.get(0).firstError());
        assertEquals("绩效指标!K43：" + K43, after.get(1).firstError());
        try (Manifest again = Manifest.load(dir)) {
            assertEquals(2, again.entries().size(), "the column is added once");
        }
    }

    private static List<String> columns(Path file, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (r.next()) names.add(r.getString("name"));
        }
        return names;
    }

    private static int userVersion(Path file) throws SQLException, IOException {
        assertTrue(Files.exists(file));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA user_version")) {
            r.next();
            return r.getInt(1);
        }
    }
}
