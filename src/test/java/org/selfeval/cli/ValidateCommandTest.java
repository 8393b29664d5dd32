package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.audit.CsvFolderWriter;
import org.selfeval.evaluate.audit.ReferenceExample;
import picocli.CommandLine;

/** {@code selfeval validate} on real CSV folders written to disk and read back by the reader. */
class ValidateCommandTest {

    @TempDir Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void publishedExampleFailsWithItsSlipsAtTheirCells() throws Exception {
        Path folder =
                CsvFolderWriter.write(ReferenceExample.asPublished(), dir.resolve("published"));
        Run r = run("validate", folder.toString());
        assertEquals(ExitCodes.FAILED, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("绩效指标!K42"), r.out());
        assertTrue(r.out().contains("得分范围"), "the rule by its Chinese name: " + r.out());
        assertTrue(r.out().contains("绩效指标!K44"), r.out());
        assertTrue(r.out().contains("基本信息!B12"), r.out());
        assertTrue(r.out().contains("合计：94.98（自报 94.98），等级：优"), r.out());
    }

    @Test
    void correctedExamplePassesAndPrintsScores() throws Exception {
        Path folder = CsvFolderWriter.write(ReferenceExample.corrected(), dir.resolve("corrected"));
        Run r = run("validate", folder.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("履职效能（分值 50）：46.98"), r.out());
        assertTrue(r.out().contains("管理效率（分值 50）：48"), r.out());
        assertTrue(!r.out().contains("错误"), r.out());
    }

    @Test
    void csvAndJsonFormats() throws Exception {
        Path folder =
                CsvFolderWriter.write(ReferenceExample.asPublished(), dir.resolve("published"));
        Run csv = run("validate", "--format", "csv", folder.toString());
        assertEquals(ExitCodes.FAILED, csv.exit());
        assertTrue(csv.out().startsWith("文件,类型,位置,严重程度,规则"), csv.out());
        assertTrue(
                csv.out().contains("绩效指标.csv,问题,绩效指标!K42,错误,R-SUBTOTAL,资产管理 小计,10,9,"), csv.out());
        Run json = run("validate", "--format", "json", folder.toString());
        assertTrue(
                json.out()
                        .contains(
                                "\"cell\": \"绩效指标!K44\", \"severity\": \"错误\", \"rule\": \"R-SCORE-RANGE\""),
                json.out());
        assertTrue(json.out().contains("\"total\": 94.98"), json.out());
        assertTrue(json.out().contains("\"grade\": \"优\""), json.out());
    }

    @Test
    void badConfigFileIsAUsageError() throws Exception {
        Path folder = CsvFolderWriter.write(ReferenceExample.corrected(), dir.resolve("corrected"));
        Path config =
                Files.writeString(
                        dir.resolve("bad.properties"),
                        "threshold.variance-rate=十\n",
                        StandardCharsets.UTF_8);
        Run r = run("validate", "--config", config.toString(), folder.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("第 1 行") && r.err().contains("不是数字"), r.err());
    }

    @Test
    void aMistypedRuleIdIsAUsageErrorNamingItsLine() throws Exception {
        Path folder = CsvFolderWriter.write(ReferenceExample.corrected(), dir.resolve("corrected"));
        Path config =
                Files.writeString(
                        dir.resolve("typo.properties"),
                        "threshold.variance-rate=10\nseverity.R-DIFFF=错误\n",
                        StandardCharsets.UTF_8);
        Run r = run("validate", "--config", config.toString(), folder.toString());
        assertEquals(ExitCodes.USAGE, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("typo.properties 第 2 行（severity.R-DIFFF）"), r.err());
        assertTrue(r.err().contains("没有编号为 R-DIFFF 的规则"), r.err());
    }

    @Test
    void configOverrideChangesTheOutcome() throws Exception {
        Path folder = CsvFolderWriter.write(ReferenceExample.corrected(), dir.resolve("corrected"));
        // A bureau that treats any rounding gap in 合计 as an error.
        Path config =
                Files.writeString(
                        dir.resolve("strict.properties"),
                        "severity.R-SUM-ROUNDING=错误\n",
                        StandardCharsets.UTF_8);
        Run r = run("validate", "--config", config.toString(), folder.toString());
        assertEquals(ExitCodes.FAILED, r.exit(), r.out());
        assertTrue(r.out().contains("收入决算!C2"), r.out());
    }

    @Test
    void missingPathIsAUsageError() {
        Run r = run("validate", dir.resolve("nothing.xlsx").toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("找不到"), r.err());
    }

    @Test
    void unreadableFileFails() throws Exception {
        Path text = Files.writeString(dir.resolve("说明.txt"), "不是表格", StandardCharsets.UTF_8);
        Run r = run("validate", text.toString());
        assertEquals(ExitCodes.FAILED, r.exit(), r.out());
        assertTrue(r.out().contains("不是工作簿"), r.out());
    }

    @Test
    void severalPathsAreAllReported() throws Exception {
        Path corrected =
                CsvFolderWriter.write(ReferenceExample.corrected(), dir.resolve("corrected"));
        Path published =
                CsvFolderWriter.write(ReferenceExample.asPublished(), dir.resolve("published"));
        Run r = run("validate", corrected.toString(), published.toString());
        assertEquals(ExitCodes.FAILED, r.exit());
        assertTrue(r.out().contains("== corrected") && r.out().contains("== published"), r.out());
    }
}
