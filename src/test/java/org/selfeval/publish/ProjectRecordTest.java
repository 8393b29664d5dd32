package org.selfeval.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.ProjectTableLine;
import org.selfeval.pipeline.Status;

/**
 * Each project's verdict in the record: it stands or goes with its submission's filing, a crash in
 * between is settled on the next load by whether the input is filed, a project-only submission is
 * known again by its hash, and the export lists the projects without a legacy import taking them
 * for submissions.
 */
class ProjectRecordTest {

    @TempDir Path dir;

    private static ProjectVerdict project(String hash, String name, Status status) {
        return new ProjectVerdict(
                hash,
                "projects.xlsx",
                name,
                "青山县农业农村局",
                "2023",
                name,
                status,
                new BigDecimal("500"),
                new BigDecimal("325"),
                new BigDecimal("65"),
                status == Status.CONVERTED ? new BigDecimal("79") : null,
                status == Status.CONVERTED ? "中" : "",
                status == Status.CONVERTED ? 0 : 2,
                1,
                status == Status.CONVERTED ? "2023/青山县农业农村局/项目支出绩效自评/" + name + ".docx" : "",
                "2023/青山县农业农村局/项目支出绩效自评/校验报告.docx",
                "2026-12-04 02:00:00");
    }

    private Path filed(String name) throws IOException {
        Path p = dir.resolve("archive").resolve(name);
        Files.createDirectories(p.getParent());
        return p;
    }

    @Test
    void projectVerdictsStandWithTheirFilingAndGoWithItsAbandonment() throws IOException {
        Path out = dir.resolve("out");
        try (Manifest m = Manifest.load(out)) {
            Manifest.Filing kept =
                    m.intend(
                            null,
                            filed("a.xlsx"),
                            List.of(
                                    project("h1", "甲", Status.CONVERTED),
                                    project("h1", "乙", Status.BLOCKED)));
            m.settle(kept);
            Manifest.Filing dropped =
                    m.intend(null, filed("b.xlsx"), List.of(project("h2", "丙", Status.CONVERTED)));
            m.abandon(dropped);
            assertEquals(
                    List.of("甲", "乙"), m.projects().stream().map(ProjectVerdict::project).toList());
            // a project-only submission is known by its hash: blocked, as one of its projects was
            assertEquals(Status.BLOCKED, m.verdictFor("h1").orElseThrow().status());
            assertTrue(m.verdictFor("h2").isEmpty());
        }
        assertEquals(2, Manifest.readProjects(out).size());
        assertEquals(project("h1", "甲", Status.CONVERTED), Manifest.readProjects(out).get(0));
    }

    /**
     * The project framework's words and 满分 are kept with each verdict; a record written before them
     * (its projects table without those columns) reads back without them, and gets the columns when
     * next opened for writing.
     */
    @Test
    void theFrameworksWordsAndOutOfAreKeptAndAnEarlierRecordReadsWithout() throws Exception {
        Path out = dir.resolve("out");
        ProjectVerdict worded =
                withWords(
                        project("h1", "甲", Status.CONVERTED),
                        new ProjectTableLine.Labels("调整后预算数", "全年执行数", "执行率"),
                        new BigDecimal("90"));
        try (Manifest m = Manifest.load(out)) {
            m.settle(m.intend(null, filed("a.xlsx"), List.of(worded)));
        }
        assertEquals(List.of(worded), Manifest.readProjects(out));

        // as an earlier version left it: no word columns
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:sqlite:" + out.resolve(Manifest.FILE_NAME).toAbsolutePath());
                Statement s = c.createStatement()) {
            for (String column : List.of("budget_word", "executed_word", "rate_word", "out_of"))
                s.executeUpdate("ALTER TABLE projects DROP COLUMN " + column);
        }
        assertEquals(List.of(project("h1", "甲", Status.CONVERTED)), Manifest.readProjects(out));
        try (Manifest m = Manifest.load(out)) {
            m.settle(
                    m.intend(
                            null,
                            filed("b.xlsx"),
                            List.of(
                                    withWords(
                                            project("h2", "乙", Status.CONVERTED),
                                            worded.words(),
                                            worded.outOf()))));
        }
        List<ProjectVerdict> read = Manifest.readProjects(out);
        assertEquals(null, read.get(0).words());
        assertEquals("调整后预算数", read.get(1).words().budget());
        assertEquals(0, new BigDecimal("90").compareTo(read.get(1).outOf()));
    }

    private static ProjectVerdict withWords(
            ProjectVerdict v, ProjectTableLine.Labels words, BigDecimal outOf) {
        return new ProjectVerdict(
                v.hash(),
                v.source(),
                v.sheet(),
                v.department(),
                v.year(),
                v.project(),
                v.status(),
                v.budget(),
                v.executed(),
                v.rate(),
                v.total(),
                v.grade(),
                v.errors(),
                v.warnings(),
                v.table(),
                v.auditReport(),
                v.processedAt(),
                words,
                outOf);
    }

    @Test
    void aRunStoppedBetweenMoveAndVerdictIsSettledByWhereTheInputIs() throws IOException {
        Path out = dir.resolve("out");
        Path moved = filed("moved.xlsx");
        Path notMoved = filed("not-moved.xlsx");
        try (Manifest m = Manifest.load(out)) {
            m.intend(null, moved, List.of(project("h1", "甲", Status.CONVERTED)));
            m.intend(null, notMoved, List.of(project("h2", "乙", Status.CONVERTED)));
            // stopped here: neither settled nor abandoned
            assertTrue(m.projects().isEmpty());
        }
        Files.writeString(moved, "the input, filed");
        assertTrue(Manifest.readProjects(out).isEmpty(), "pending verdicts are not yet verdicts");
        try (Manifest m = Manifest.load(out)) {
            assertEquals(List.of("甲"), m.projects().stream().map(ProjectVerdict::project).toList());
            assertTrue(m.verdictFor("h1").isPresent());
            assertTrue(m.verdictFor("h2").isEmpty());
        }
        assertEquals(1, Manifest.readProjects(out).size());
    }

    @Test
    void theExportListsProjectsAndAnImportOfItTakesOnlyTheSubmissions() throws IOException {
        Path out = dir.resolve("out");
        ManifestEntry department =
                new ManifestEntry(
                        "h0",
                        "dept.xlsx",
                        "青山县农业农村局",
                        "2023",
                        1,
                        Status.CONVERTED,
                        new BigDecimal("99.46"),
                        "优",
                        GroupScores.none(),
                        null,
                        0,
                        0,
                        "2023/r.docx",
                        "2023/a.docx",
                        "2026-12-04 02:00:00");
        try (Manifest m = Manifest.load(out)) {
            m.settle(
                    m.intend(
                            department,
                            filed("dept.xlsx"),
                            List.of(project("h0", "甲", Status.CONVERTED))));
            Path export = m.export();
            String csv = Files.readString(export, StandardCharsets.UTF_8);
            assertEquals(3, csv.split("\r\n").length, csv);
            assertTrue(csv.contains(",65,0,1,2023/青山县农业农村局/项目支出绩效自评/甲.docx,"), csv);
            // its name and sheet, then its first error (none: it was published)
            assertTrue(csv.strip().endsWith(",甲,甲,"), csv);
            assertEquals(List.of(department), ManifestCsv.read(export));
        }
    }
}
