package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.ingest.SubmissionReaderTest.describe;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.model.Submission;
import org.selfeval.pipeline.ReadResult;

/** A submission split over several workbooks and CSV files reads like the single workbook. */
class SplitSubmissionTest {

    @TempDir Path dir;

    private final SubmissionReader reader = new SubmissionReader();

    private Path splitFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("花都区市场监管局"));
        Sheets.xlsx(
                folder.resolve("财务.xlsx"),
                List.of(
                        SampleSubmission.info(),
                        SampleSubmission.income(),
                        SampleSubmission.expenditure()));
        Sheets.xlsx(folder.resolve("业务.xlsx"), List.of(SampleSubmission.indicators()));
        Sheets.csv(
                folder.resolve("管理指标数据.csv"),
                SampleSubmission.management(),
                Charset.forName("GBK"),
                false);
        Sheets.csv(
                folder.resolve("重点项目.csv"),
                SampleSubmission.projects(),
                StandardCharsets.UTF_8,
                true);
        Files.writeString(folder.resolve("~$财务.xlsx"), "lock");
        Files.writeString(folder.resolve(".~lock.业务.xlsx#"), "lock");
        Files.writeString(folder.resolve(".DS_Store"), "junk");
        return folder;
    }

    @Test
    void splitFolderReadsToTheSameModelAsTheSingleWorkbook() throws Exception {
        Submission single =
                reader.read(Sheets.xlsx(dir.resolve("one.xlsx"), SampleSubmission.all()))
                        .submission();
        ReadResult split = reader.read(splitFolder());
        assertNotNull(split.submission(), describe(split.findings()));
        assertEquals(
                List.of(),
                split.findings().stream().filter(f -> f.severity() != Severity.INFO).toList(),
                describe(split.findings()));
        assertEquals(ModelValues.of(single), ModelValues.of(split.submission()));
        assertEquals(4, split.submission().files().size(), "lock and hidden files are skipped");
        assertEquals(
                "管理指标数据.csv",
                split.submission().management().values().get("公用经费预算").source().file());
        assertEquals(
                "管理指标数据!B3",
                split.submission().management().values().get("公用经费预算").source().sheetCell());
        assertEquals(
                "重点项目!F3", split.submission().keyProjects().get(1).rate().source().sheetCell());
    }

    @Test
    void sheetInTwoFilesIsAnErrorNamingBoth() throws Exception {
        Path folder = splitFolder();
        Sheets.xlsx(folder.resolve("又一份.xlsx"), List.of(SampleSubmission.indicators()));
        ReadResult r = reader.read(folder);
        Finding f =
                r.findings().stream()
                        .filter(x -> x.ruleId().equals("READ-DUPLICATE-SHEET"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(describe(r.findings())));
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(
                f.message().contains("业务.xlsx")
                        && f.message().contains("又一份.xlsx")
                        && f.message().contains("绩效指标"),
                f.message());
    }

    @Test
    void missingSheetIsAnErrorListingWhatWasFound() throws Exception {
        Path folder = splitFolder();
        Files.delete(folder.resolve("业务.xlsx"));
        ReadResult r = reader.read(folder);
        assertNotNull(r.submission(), "the rest is still read");
        assertTrue(r.submission().indicators().isEmpty());
        Finding f =
                r.findings().stream()
                        .filter(x -> x.ruleId().equals("READ-MISSING-SHEET"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("绩效指标", f.item());
        assertTrue(
                f.message().contains("财务.xlsx") && f.message().contains("基本信息、收入决算、支出决算"),
                f.message());
    }

    @Test
    void withoutBasicInfoNothingUsableIsRead() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("x"));
        Sheets.csv(
                folder.resolve("管理指标数据.csv"),
                SampleSubmission.management(),
                StandardCharsets.UTF_8,
                false);
        ReadResult r = reader.read(folder);
        assertNull(r.submission());
        assertTrue(
                r.findings().stream()
                        .anyMatch(
                                f ->
                                        f.ruleId().equals("READ-MISSING-SHEET")
                                                && f.message().contains("基本信息")));
    }

    @Test
    void emptyFolderIsReported() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(folder.resolve("说明.txt"), "hello");
        ReadResult r = reader.read(folder);
        assertNull(r.submission());
        assertTrue(
                r.findings().stream().anyMatch(f -> f.ruleId().equals("READ-NO-FILES")),
                describe(r.findings()));
        assertTrue(
                r.findings().stream()
                        .anyMatch(
                                f ->
                                        f.ruleId().equals("READ-IGNORED")
                                                && f.source().file().equals("说明.txt")));
    }

    @Test
    void tooManyRowsStopAndAreReported() throws Exception {
        Path folder = splitFolder();
        StringBuilder sb = new StringBuilder("序号,项目名称,年初预算,调整后预算,实际支出,实际支出率(%),执行说明\r\n");
        for (int i = 1; i <= ReadLimits.MAX_TABLE_ROWS + 50; i++)
            sb.append(i).append(",项目").append(i).append(",1,1,1,100,\r\n");
        Files.writeString(folder.resolve("重点项目.csv"), sb.toString(), StandardCharsets.UTF_8);
        ReadResult r = reader.read(folder);
        Finding f =
                r.findings().stream()
                        .filter(x -> x.ruleId().equals("READ-TOO-MANY-ROWS"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(describe(r.findings())));
        assertEquals("重点项目!A" + (ReadLimits.MAX_TABLE_ROWS + 2), f.source().sheetCell());
        assertEquals(ReadLimits.MAX_TABLE_ROWS, r.submission().keyProjects().size());
    }
}
