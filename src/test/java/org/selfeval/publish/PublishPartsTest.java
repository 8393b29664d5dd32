package org.selfeval.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Status;

class PublishPartsTest {

    @TempDir Path dir;

    @Test
    void formulaGuardNeutralisesFormulasButNotNumbers() {
        assertEquals("'=SUM(A1)", FormulaGuard.neutralise("=SUM(A1)"));
        assertEquals("'+1+2", FormulaGuard.neutralise("+1+2"));
        assertEquals("'-A1", FormulaGuard.neutralise("-A1"));
        assertEquals("'@cmd", FormulaGuard.neutralise("@cmd"));
        assertEquals("'\tx", FormulaGuard.neutralise("\tx"));
        assertEquals("'\rx", FormulaGuard.neutralise("\rx"));
        assertEquals("-3.25", FormulaGuard.neutralise("-3.25"));
        assertEquals("-12%", FormulaGuard.neutralise("-12%"));
        assertEquals("-1,234.50", FormulaGuard.neutralise("-1,234.50"));
        assertEquals("市场监管局", FormulaGuard.neutralise("市场监管局"));
        assertEquals("", FormulaGuard.neutralise(""));
    }

    @Test
    void contentHashIgnoresTheSubmissionNameButNotItsContent() throws IOException {
        Path a = Files.writeString(dir.resolve("a.xlsx"), "same");
        Path b = Files.writeString(dir.resolve("b (1).xlsx"), "same");
        Path c = Files.writeString(dir.resolve("c.xlsx"), "other");
        assertEquals(ContentHash.of(a), ContentHash.of(b));
        assertNotEquals(ContentHash.of(a), ContentHash.of(c));

        Path f1 = Files.createDirectories(dir.resolve("f1"));
        Path f2 = Files.createDirectories(dir.resolve("f2"));
        Files.writeString(f1.resolve("基本信息.csv"), "x");
        Files.writeString(f1.resolve("支出决算.csv"), "y");
        Files.writeString(f2.resolve("支出决算.csv"), "y");
        Files.writeString(f2.resolve("基本信息.csv"), "x");
        assertEquals(ContentHash.of(f1), ContentHash.of(f2));
        Files.writeString(f2.resolve("收入决算.csv"), "");
        assertNotEquals(
                ContentHash.of(f1),
                ContentHash.of(f2),
                "an added empty file changes the submission");
    }

    @Test
    void freeNameNeverReusesAFileOrItsCompanions() throws IOException {
        assertEquals(dir.resolve("a.xlsx"), InputMover.freeName(dir, "a.xlsx"));
        Files.writeString(dir.resolve("a.xlsx"), "");
        assertEquals(dir.resolve("a-2.xlsx"), InputMover.freeName(dir, "a.xlsx"));
        Files.writeString(dir.resolve("a-2.xlsx" + InputMover.REASON), "");
        assertEquals(dir.resolve("a-3.xlsx"), InputMover.freeName(dir, "a.xlsx"));
        Files.createDirectories(dir.resolve("split"));
        assertEquals(dir.resolve("split-2"), InputMover.freeName(dir, "split"));
    }

    @Test
    void manifestSurvivesAReloadAndCountsVersionsPerDepartmentYear() throws IOException {
        Manifest m = Manifest.load(dir);
        m.add(
                new ManifestEntry(
                        "h1",
                        "a.xlsx",
                        "甲局",
                        "2023",
                        1,
                        Status.CONVERTED,
                        new BigDecimal("94.975"),
                        "优",
                        groups("履职效能", "47.475", "管理效率", "47.5"),
                        new BigDecimal("99.7519"),
                        0,
                        2,
                        "2023/甲局/r.docx",
                        "2023/甲局/a.docx",
                        "2026-11-27 02:00:00"));
        m.add(
                new ManifestEntry(
                        "h2",
                        "b,\"x\".xlsx",
                        "甲局",
                        "2023",
                        2,
                        Status.BLOCKED,
                        null,
                        "",
                        GroupScores.none(),
                        null,
                        3,
                        0,
                        "",
                        "2023/甲局/a-v2.docx",
                        "2026-11-28 02:00:00"));
        m.close();
        Manifest reloaded = Manifest.load(dir);
        assertEquals(m.entries(), reloaded.entries());
        assertEquals(3, reloaded.nextVersion(ReportNames.of("甲局", "2023", Path.of("z.xlsx"))));
        assertEquals(1, reloaded.nextVersion(ReportNames.of("乙局", "2023", Path.of("z.xlsx"))));
        assertEquals(new BigDecimal("94.975"), reloaded.byHash("h1").orElseThrow().total());
    }

    @Test
    void reportNamesAreSafeAndFallBack() {
        ReportNames n = ReportNames.of("市场/监管:局", "2023", Path.of("x.xlsx"));
        assertEquals("2023年度市场_监管_局部门整体支出绩效自评报告-v2.docx", n.report(ReportNames.versionTag(2)));
        assertEquals(Path.of("o", "2023", "市场_监管_局"), n.folder(Path.of("o")));
        ReportNames unknown = ReportNames.of("", "", Path.of("in", "某局.xlsx"));
        assertEquals("未知年度/某局", unknown.key());
    }

    private static GroupScores groups(String name1, String score1, String name2, String score2) {
        java.util.Map<String, BigDecimal> m = new java.util.LinkedHashMap<>();
        m.put(name1, new BigDecimal(score1));
        m.put(name2, new BigDecimal(score2));
        return new GroupScores(m);
    }
}
