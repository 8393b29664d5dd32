package org.selfeval.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Status;

/**
 * The record's store: the database file, the one-time import of the old CSV manifest, damage found
 * and named.
 */
class RecordStoreTest {

    private static final String LEGACY_HEADER =
            "hash,source,department,year,version,status,total,grade,groups,"
                    + "executionRate,errors,warnings,report,auditReport,processedAt,programVersion,reportedTotal\r\n";

    @TempDir Path dir;

    private static ManifestEntry entry(String hash, String source, String department, int version) {
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        groups.put("产出指标", new BigDecimal("45"));
        groups.put("效益指标", new BigDecimal("45.125"));
        return new ManifestEntry(
                hash,
                source,
                department,
                "2023",
                version,
                Status.CONVERTED,
                new BigDecimal("90.125"),
                "优",
                new GroupScores(groups),
                new BigDecimal("99.5"),
                0,
                1,
                "2023/" + department + "/r.docx",
                "2023/" + department + "/a.docx",
                "2026-11-27 02:00:00",
                "0.1.0",
                null);
    }

    private static String legacyLine(String hash, String source, String department) {
        return hash
                + ","
                + source
                + ","
                + department
                + ",2023,1,CONVERTED,90,优,产出指标=45;效益指标=45,99,0,0,"
                + "2023/"
                + department
                + "/r.docx,2023/"
                + department
                + "/a.docx,2026-11-26 02:00:00,0.1.0,\r\n";
    }

    @Test
    void everyVerdictIsOnDiskAndReadableByAnotherConnectionWhileTheRunHoldsItsOwn()
            throws IOException {
        try (Manifest m = Manifest.load(dir)) {
            m.add(entry("h1", "a.xlsx", "甲局", 1));
            m.add(entry("h2", "b,\"x\".xlsx", "甲局", 2));
            // what status does during a run: a read-only look through its own connection
            assertEquals(m.entries(), Manifest.read(dir));
            assertEquals(3, m.nextVersion(ReportNames.of("甲局", "2023", Path.of("z.xlsx"))));
        }
        try (Manifest reloaded = Manifest.load(dir)) {
            assertEquals(2, reloaded.entries().size());
            assertEquals(
                    new BigDecimal("45.125"),
                    reloaded.byHash("h1").orElseThrow().groups().get("效益指标"));
            assertEquals("b,\"x\".xlsx", reloaded.byHash("h2").orElseThrow().source());
            Path export = reloaded.export();
            String csv = Files.readString(export, StandardCharsets.UTF_8);
            // the export adds two columns for the projects' rows (none here) and the first error
            assertTrue(
                    csv.startsWith(
                            "\uFEFF" + LEGACY_HEADER.strip() + ",project,sheet,firstError\r\n"),
                    csv);
            assertEquals(3, csv.split("\r\n").length, "header and two records");
        }
    }

    @Test
    void theOldCsvManifestIsImportedOnceAndKept() throws IOException {
        Path legacy = dir.resolve(Manifest.LEGACY_FILE);
        String text =
                LEGACY_HEADER
                        + legacyLine("h1", "a.xlsx", "甲局")
                        + legacyLine("h2", "b.xlsx", "乙局")
                        + legacyLine("h3", "c.xlsx", "丙局");
        Files.writeString(legacy, text, StandardCharsets.UTF_8);
        try (Manifest m = Manifest.load(dir)) {
            assertEquals(
                    List.of("h1", "h2", "h3"),
                    m.entries().stream().map(ManifestEntry::hash).toList());
            m.add(entry("h4", "d.xlsx", "丁局", 1));
        }
        assertFalse(Files.exists(legacy));
        assertEquals(
                text,
                Files.readString(dir.resolve(Manifest.LEGACY_IMPORTED), StandardCharsets.UTF_8));
        try (Manifest again = Manifest.load(dir)) {
            assertEquals(4, again.entries().size(), "not imported twice");
            assertEquals(new BigDecimal("90"), again.byHash("h2").orElseThrow().total());
        }
    }

    /**
     * An old manifest's unreadable verdicts name no year; imported, each is given the year being
     * collected on the day it came, so it does not move to whichever year is newest.
     */
    @Test
    void anImportedUnreadableVerdictKeepsTheYearOfItsDay() throws IOException {
        String text =
                LEGACY_HEADER
                        + "h1,a.xlsx,甲局,2022,1,CONVERTED,90,优,,,0,0,2022/甲局/r.docx,2022/甲局/a.docx,2023-03-01 02:00:00,0.1.0,\r\n"
                        + "h2,坏.xlsx,,,0,UNREADABLE,,,,,1,0,,,2023-03-02 02:00:00,0.1.0,\r\n"
                        + "h3,b.xlsx,甲局,2023,1,CONVERTED,91,优,,,0,0,2023/甲局/r.docx,2023/甲局/a.docx,2024-03-01 02:00:00,0.1.0,\r\n"
                        + "h4,又坏.xlsx,,,0,UNREADABLE,,,,,1,0,,,2024-03-01 03:00:00,0.1.0,\r\n";
        Files.writeString(dir.resolve(Manifest.LEGACY_FILE), text, StandardCharsets.UTF_8);

        try (Manifest m = Manifest.load(dir)) {
            assertEquals("2022", m.byHash("h2").orElseThrow().year());
            assertEquals("2023", m.byHash("h4").orElseThrow().year());
        }
        assertEquals(
                List.of("2022", "2022", "2023", "2023"),
                Manifest.read(dir).stream().map(ManifestEntry::year).toList(),
                "stored so");
    }

    /**
     * Fixing the years at a round's end writes only when there is a year to fix: a round while
     * another program holds the record's write lock (a database tool left open) is not held up.
     */
    @Test
    void fixingYearsWritesNothingWhenNoneIsBlank() throws Exception {
        try (Manifest m = Manifest.load(dir)) {
            m.add(entry("h1", "a.xlsx", "甲局", 1));
        }
        try (java.sql.Connection other =
                        java.sql.DriverManager.getConnection(
                                "jdbc:sqlite:" + dir.resolve(Manifest.FILE_NAME));
                java.sql.Statement lock = other.createStatement();
                Manifest m = Manifest.load(dir)) {
            lock.execute("BEGIN EXCLUSIVE");
            m.fixBlankYears("2023"); // returns at once: nothing to fix, no write
            assertEquals(List.of("2023"), m.entries().stream().map(ManifestEntry::year).toList());
            lock.execute("ROLLBACK");
        }
    }

    @Test
    void anUnterminatedQuoteInTheOldManifestIsRefusedWithItsLineAndNothingIsChanged()
            throws IOException {
        Path legacy = dir.resolve(Manifest.LEGACY_FILE);
        String text =
                LEGACY_HEADER
                        + legacyLine("h1", "a.xlsx", "甲局")
                        + "h2,\"b.xlsx,乙局,2023,1\r\n"
                        + legacyLine("h3", "c.xlsx", "丙局")
                        + legacyLine("h4", "d.xlsx", "丁局");
        Files.writeString(legacy, text, StandardCharsets.UTF_8);

        RecordDamaged damaged = assertThrows(RecordDamaged.class, () -> Manifest.load(dir));
        assertTrue(damaged.place().contains("第 3 行"), damaged.place());
        assertEquals(legacy, damaged.file());
        assertThrows(RecordDamaged.class, () -> Manifest.read(dir), "status refuses too");
        assertEquals(text, Files.readString(legacy, StandardCharsets.UTF_8), "untouched");
        assertFalse(Files.exists(dir.resolve(Manifest.FILE_NAME)), "no half import");
    }

    @Test
    void aTornLastLineAGarbageLineAndAWrongHeaderAreRefused() throws IOException {
        Path legacy = dir.resolve(Manifest.LEGACY_FILE);
        String good = LEGACY_HEADER + legacyLine("h1", "a.xlsx", "甲局");
        Map<String, String> cases =
                Map.of(
                        good + "h2,b.xlsx,乙局,20",
                        "第 3 行不完整",
                        good + "@@@@ garbage @@@@\r\n" + legacyLine("h3", "c.xlsx", "丙局"),
                        "第 3 行",
                        "a,b,c\r\n1,2,3\r\n",
                        "第 1 行");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Files.writeString(legacy, c.getKey(), StandardCharsets.UTF_8);
            RecordDamaged damaged =
                    assertThrows(RecordDamaged.class, () -> Manifest.load(dir), c.getKey());
            assertTrue(damaged.place().contains(c.getValue()), damaged.place());
            assertEquals(c.getKey(), Files.readString(legacy, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aTruncatedOrEmptiedDatabaseIsRefusedNotStartedAfresh() throws IOException {
        try (Manifest m = Manifest.load(dir)) {
            for (int i = 0; i < 300; i++)
                m.add(entry("hash-" + i, "部门" + i + ".xlsx", "部门" + i, 1));
        }
        Path db = dir.resolve(Manifest.FILE_NAME);
        byte[] whole = Files.readAllBytes(db);
        assertTrue(whole.length > 8 * 4096, "several pages: " + whole.length);

        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(whole.length / 2);
        }
        RecordDamaged truncated = assertThrows(RecordDamaged.class, () -> Manifest.load(dir));
        assertEquals(db, truncated.file());
        assertTrue(truncated.line("selfeval record rebuild").contains("selfeval record rebuild"));
        assertThrows(RecordDamaged.class, () -> Manifest.read(dir));
        assertEquals(whole.length / 2, Files.size(db), "the damaged file is left as it is");

        Files.write(db, new byte[0]);
        assertThrows(
                RecordDamaged.class,
                () -> Manifest.load(dir),
                "an emptied file is damage, not a new season");
        assertEquals(0, Files.size(db));

        byte[] garbage = new byte[whole.length];
        java.util.Arrays.fill(garbage, (byte) 'x');
        Files.write(db, garbage);
        assertThrows(RecordDamaged.class, () -> Manifest.load(dir));
        assertArrayEquals(garbage, Files.readAllBytes(db));
    }

    @Test
    void aRecordCreatedWithEntriesHoldsThemInOrder() throws IOException {
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) entries.add(entry("h" + i, i + ".xlsx", "甲局", i + 1));
        try (Manifest m = Manifest.create(dir, entries, "0.1.0")) {
            assertEquals(entries, m.entries());
        }
        assertEquals(entries, Manifest.read(dir));
        assertFalse(
                Files.list(dir)
                        .anyMatch(
                                p ->
                                        p.getFileName()
                                                .toString()
                                                .startsWith(AtomicFiles.TEMP_PREFIX)));
    }
}
