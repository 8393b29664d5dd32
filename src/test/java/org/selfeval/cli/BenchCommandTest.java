package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.bench.OutputDigest;
import picocli.CommandLine;

/**
 * A smoke run of the benchmark (no timing asserted): it runs, reports its figures, and thread
 * counts agree.
 */
class BenchCommandTest {

    @TempDir Path dir;

    @Test
    void smallBenchRunsWithOneAndTwoThreadsAndPublishesIdenticalBytes() throws IOException {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code =
                cl.execute(
                        "bench",
                        "--departments",
                        "3",
                        "--threads",
                        "1,2",
                        "--warmup",
                        "0",
                        "--startup-runs",
                        "0",
                        // the PDF comparison starts LibreOffice: BenchPdfIT, in the integration
                        // phase
                        "--pdf-documents",
                        "0",
                        "--out",
                        dir.toString());
        assertEquals(ExitCodes.OK, code, err::toString);
        String results = Files.readString(dir.resolve("bench-results.md"));
        assertTrue(results.contains("逐字节相同"), results);
        assertTrue(results.contains("| 1 | 3 |") && results.contains("| 2 | 3 |"), results);
        assertTrue(results.contains("RSS"), results);
        OutputDigest.Result one = OutputDigest.of(dir.resolve("run-1").resolve("out"));
        OutputDigest.Result two = OutputDigest.of(dir.resolve("run-2").resolve("out"));
        assertEquals(one, two);
        assertTrue(one.files() >= 4, "reports, audit reports and the summary: " + one.files());
    }

    @Test
    void projectTablesAreGeneratedMeasuredAndIdenticalAcrossThreadCounts() throws IOException {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code =
                cl.execute(
                        "bench",
                        "--departments",
                        "1",
                        "--projects",
                        "7",
                        "--threads",
                        "1,2",
                        "--warmup",
                        "0",
                        "--startup-runs",
                        "0",
                        "--pdf-documents",
                        "0",
                        "--out",
                        dir.toString());
        assertEquals(ExitCodes.OK, code, err::toString);
        String results = Files.readString(dir.resolve("bench-results.md"));
        assertTrue(results.contains("### 项目支出绩效自评表"), results);
        // 7 projects in 3 workbooks (3 + 3 + 1), none blocked, for each thread count
        assertTrue(
                results.contains("| 1 | 3 | 7 | 0 |") && results.contains("| 2 | 3 | 7 | 0 |"),
                results);
        assertTrue(results.contains("不同线程数的项目输出逐字节相同"), results);
        OutputDigest.Result one = OutputDigest.of(dir.resolve("project-run-1"));
        assertEquals(one, OutputDigest.of(dir.resolve("project-run-2")));
        assertEquals(7 + 3, one.files(), "a table per project and a 校验报告 per workbook");
    }
}
