package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.RunCommand;
import org.selfeval.summary.roster.RosterFiles;
import org.selfeval.summary.roster.RosterWorkbooks;
import picocli.CommandLine;

/**
 * A submission with its 评价年度 left blank (an error) still belongs to its department: the roster
 * shows it 存在错误, not 未报送 beside a phantom "无法识别部门" count; once the clerk resubmits with the year,
 * it is 报告已生成.
 */
class BlankYearStatusTest {

    private static final String EDUCATION = "广州市花都区教育局", FINANCE = "广州市花都区财政局";

    @TempDir Path root;

    @Test
    void aBlankYearStaysWithItsDepartment() throws Exception {
        RosterWorkbooks.write(
                root.resolve(RosterFiles.FILE_NAME),
                new String[] {EDUCATION, "101001", "张三", "020-1"},
                new String[] {FINANCE, "101003", "王五", "020-3"});
        Files.createDirectories(root.resolve("inbox"));
        FakeStages.workbook(root.resolve("inbox/edu.xlsx"), EDUCATION, "2023", "总分=94");
        FakeStages.workbook(root.resolve("inbox/finance.xlsx"), FINANCE, "", "errors=1");
        run("2024-03-01");
        assertEquals(
                List.of(
                        "2023 年度：名单 2 个部门，已生成 1，存在错误 1，无法读取 0，未报送 0。",
                        "存在错误（1）：" + FINANCE + "（1 项错误，2024-03-01 02:00:00）"),
                status());

        FakeStages.workbook(root.resolve("inbox/finance.xlsx"), FINANCE, "2023", "总分=90");
        run("2024-03-02");
        assertEquals(List.of("2023 年度：名单 2 个部门，已生成 2，存在错误 0，无法读取 0，未报送 0。"), status());
    }

    private void run(String day) {
        Clock clock = Clock.fixed(Instant.parse(day + "T02:00:00Z"), ZoneOffset.UTC);
        CommandLine cl = new CommandLine(new RunCommand(FakeStages.factory(), clock, d -> {}));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(
                true,
                List.of(ExitCodes.OK, 1)
                        .contains(
                                cl.execute(
                                        "--inbox",
                                        root.resolve("inbox").toString(),
                                        "--out",
                                        root.resolve("output").toString(),
                                        "--archive",
                                        root.resolve("archive").toString(),
                                        "--failed",
                                        root.resolve("failed").toString(),
                                        "--settle",
                                        "0")));
    }

    private List<String> status() {
        StringWriter console = new StringWriter();
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "status",
                                "--inbox",
                                root.resolve("inbox").toString(),
                                "--out",
                                root.resolve("output").toString()));
        CommandLine cl = org.selfeval.cli.Main.commandLine();
        cl.setOut(new PrintWriter(console, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(ExitCodes.OK, cl.execute(args.toArray(String[]::new)));
        return console.toString().lines().toList();
    }
}
