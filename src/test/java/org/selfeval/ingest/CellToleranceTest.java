package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.ingest.Sheets.row;
import static org.selfeval.ingest.SubmissionReaderTest.assertNum;
import static org.selfeval.ingest.SubmissionReaderTest.describe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.ingest.Sheets.CachedFormula;
import org.selfeval.ingest.Sheets.Formula;
import org.selfeval.ingest.Sheets.Pct;
import org.selfeval.ingest.Sheets.PctFormula;
import org.selfeval.ingest.Sheets.Spec;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.model.ComparisonRow;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.pipeline.ReadResult;

/** Each way a person types a number, on real cells of 支出决算, and what a bad cell reports. */
class CellToleranceTest {

    @TempDir Path dir;

    private ReadResult readWithExpenditure(Object[]... rows) throws Exception {
        List<Spec> specs = new ArrayList<>(SampleSubmission.all());
        specs.set(2, new Spec("支出决算", rows));
        return new SubmissionReader().read(Sheets.xlsx(dir.resolve("t.xlsx"), specs));
    }

    private static Optional<Finding> finding(ReadResult r, String sheetCell) {
        return r.findings().stream()
                .filter(f -> f.source() != null && f.source().sheetCell().equals(sheetCell))
                .findFirst();
    }

    @Test
    void everyTypedFormReadsToItsValue() throws Exception {
        ReadResult r =
                readWithExpenditure(
                        row("项目", "本年决算", "上年决算", "差异", "差异率(%)", "差异说明"),
                        row(
                                "合计",
                                new Formula("SUM(B3,B5,B7)", ""),
                                100,
                                new Formula("B2-C2", ""),
                                new PctFormula("D2/C2", ""),
                                null),
                        row("数字", 22918.41, "22,918.41", "  1,603.85 ", "7.52%", null),
                        row("全角", "１２３．４５", "１，２３４．５", "－６９．１６", "７．５２％", null),
                        row("百分比格式", 1, 2, 3, new Pct(0.0752), null),
                        row("破折号", "—", "-", "--", "/", "无"),
                        row("文本百分比", 1, 2, 3, "7.52", null),
                        row("缓存值", new CachedFormula("CELL(\"width\",A1)", 42.5), 1, 1, 1, null),
                        row("浮点噪声", new Formula("0.1+0.2", ""), 1, 1, 1, null));
        Submission s = r.submission();
        assertNotNull(s, describe(r.findings()));
        assertEquals(
                List.of(),
                r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList(),
                describe(r.findings()));
        List<ComparisonRow> d = s.expenditure().details();
        assertNum("22918.41", d.get(0).current());
        assertNum("22918.41", d.get(0).previous());
        assertNum("1603.85", d.get(0).difference());
        assertNum("7.52", d.get(0).rate());
        assertNum("123.45", d.get(1).current());
        assertNum("1234.5", d.get(1).previous());
        assertNum("-69.16", d.get(1).difference());
        assertNum("7.52", d.get(1).rate());
        assertNum("7.52", d.get(2).rate());
        assertNull(d.get(3).current().value());
        assertNull(d.get(3).previous().value());
        assertNull(d.get(3).difference().value());
        assertNull(d.get(3).rate().value());
        assertEquals("支出决算!B6", d.get(3).current().source().sheetCell());
        assertNum("7.52", d.get(4).rate());
        assertNum("42.5", d.get(5).current());
        assertNum("0.3", d.get(6).current());
        assertNum("22920.41", s.expenditure().total().current());
        assertNum("22820.41", s.expenditure().total().difference());
        // D2/C2 = 228.2041 in a percent-formatted cell reads as 22820.41 (percent)
        assertNum("22820.41", s.expenditure().total().rate());
    }

    @Test
    void unreadableCellsReportTheirCell() throws Exception {
        ReadResult r =
                readWithExpenditure(
                        row("项目", "本年决算", "上年决算", "差异", "差异率(%)", "差异说明"),
                        row(
                                "合计",
                                "abc",
                                100,
                                new Formula("1/0", ""),
                                new Formula("B2/0", ""),
                                null),
                        row("基本支出", "7.52%", "约100万", 5, "很高", null),
                        row(
                                "项目支出",
                                new Sheets.DateCell(java.time.LocalDate.of(2023, 12, 10)),
                                new Formula("1/0", ""),
                                1,
                                1,
                                null));
        assertNotNull(r.submission(), "bad cells do not make the submission unreadable");
        Finding amount =
                finding(r, "支出决算!C4").orElseThrow(() -> new AssertionError(describe(r.findings())));
        assertEquals(
                Severity.ERROR, amount.severity(), "an amount that is a formula error is an error");
        assertEquals("#DIV/0!", amount.found());
        Finding abc =
                finding(r, "支出决算!B2").orElseThrow(() -> new AssertionError(describe(r.findings())));
        assertEquals("READ-NUMBER", abc.ruleId());
        assertEquals(Severity.ERROR, abc.severity());
        assertEquals("abc", abc.found());
        assertEquals("t.xlsx", abc.source().file());
        assertTrue(
                abc.message().contains("支出决算!B2") && abc.message().contains("1234.56"),
                abc.message());
        Finding div = finding(r, "支出决算!D2").orElseThrow();
        assertEquals("READ-FORMULA-ERROR", div.ruleId());
        // 差异 and 差异率 are the template's own formulas: recomputed from the amounts, so an error
        // there is a note.
        assertEquals(
                Severity.INFO,
                div.severity(),
                "a formula error in a column the template computes is a note");
        assertTrue(
                div.message().contains("#DIV/0!") && div.message().contains("无需修改"), div.message());
        Finding rate = finding(r, "支出决算!E2").orElseThrow();
        assertEquals(Severity.INFO, rate.severity(), "#DIV/0! in a rate (上年 = 0) is only a note");
        assertNull(r.submission().expenditure().total().rate().value());
        Finding pct = finding(r, "支出决算!B3").orElseThrow();
        assertEquals("READ-NUMBER", pct.ruleId());
        assertTrue(pct.message().contains("不带 %"), pct.message());
        assertEquals("READ-NUMBER", finding(r, "支出决算!C3").orElseThrow().ruleId());
        Finding badRate = finding(r, "支出决算!E3").orElseThrow();
        assertTrue(badRate.message().contains("7.52%"), badRate.message());
        assertNull(r.submission().expenditure().details().get(0).current().value());
        Finding date = finding(r, "支出决算!B4").orElseThrow();
        assertEquals("2023-12-10", date.found(), "a date is not read as its serial number");
    }

    @Test
    void missingHeaderNamesTheSheetTheHeaderAndWhatWasFound() throws Exception {
        ReadResult r = readWithExpenditure(row("项目", "本年决算", "差异", "差异率(%)"), row("合计", 1, 2, 3));
        Finding f =
                r.findings().stream()
                        .filter(
                                x ->
                                        x.ruleId().equals("READ-HEADER")
                                                && x.severity() == Severity.ERROR)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(describe(r.findings())));
        assertEquals("支出决算!A1", f.source().sheetCell());
        assertTrue(
                f.message().contains("上年决算") && f.message().contains("项目、本年决算、差异、差异率(%)"),
                f.message());
        assertTrue(
                r.findings().stream()
                        .anyMatch(
                                x ->
                                        x.severity() == Severity.WARNING
                                                && x.message().contains("差异说明")));
        assertNum("1", r.submission().expenditure().total().current());
    }

    @Test
    void sheetWithoutHeaderIsReported() throws Exception {
        ReadResult r = readWithExpenditure(row("随便写的"), row("合计", 1, 2));
        Finding f =
                r.findings().stream()
                        .filter(x -> x.ruleId().equals("READ-HEADER"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(f.message().contains("支出决算") && f.found().contains("随便写的"), f.message());
        assertNull(r.submission().expenditure().total());
        assertTrue(r.submission().expenditure().details().isEmpty());
    }

    @Test
    void tooLongTextIsCutAndReported() throws Exception {
        ReadResult r =
                readWithExpenditure(
                        row("项目", "本年决算", "上年决算", "差异", "差异率(%)", "差异说明"),
                        row("合计", 1, 1, 0, 0, "字".repeat(ReadLimits.MAX_CELL_CHARS + 1)));
        Finding f = finding(r, "支出决算!F2").orElseThrow();
        assertEquals("READ-TEXT-TOO-LONG", f.ruleId());
        assertEquals(
                ReadLimits.MAX_CELL_CHARS,
                r.submission().expenditure().total().explanation().value().length());
    }

    @Test
    void yearIsNormalised() throws Exception {
        for (Object typed : List.of("2023年", "２０２３年度", 2023.0, "2023.0", " 2023 ")) {
            List<Spec> specs = new ArrayList<>(SampleSubmission.all());
            specs.set(
                    0,
                    new Spec(
                            "基本信息",
                            new Object[][] {
                                row("项目", "内容"), row("部门名称", "某局"), row("评价年度", typed)
                            }));
            Submission s =
                    new SubmissionReader()
                            .read(Sheets.xlsx(dir.resolve("y.xlsx"), specs))
                            .submission();
            assertEquals("2023", s.info().year(), String.valueOf(typed));
        }
    }

    @Test
    void requiredInfoAndBadYearAreReported() throws Exception {
        List<Spec> specs = new ArrayList<>(SampleSubmission.all());
        specs.set(
                0,
                new Spec(
                        "基本信息",
                        new Object[][] {row("项目", "内容"), row("评价年度", "去年"), row("部门名称 ", "")}));
        ReadResult r = new SubmissionReader().read(Sheets.xlsx(dir.resolve("y.xlsx"), specs));
        assertNotNull(r.submission());
        Finding year = finding(r, "基本信息!B2").orElseThrow();
        assertEquals("READ-INFO-YEAR", year.ruleId());
        Finding name = finding(r, "基本信息!B3").orElseThrow();
        assertEquals("READ-INFO-REQUIRED", name.ruleId());
        assertEquals(Severity.ERROR, name.severity());
    }
}
