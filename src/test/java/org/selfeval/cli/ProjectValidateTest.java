package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code selfeval validate} on the project example: each project's total and findings with their
 * cells; nothing written.
 */
class ProjectValidateTest {

    private static final String EXAMPLE =
            Path.of("input-templates", "examples", "qingshan-agri-2023-projects.xlsx").toString();

    private static String[] run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void theTableListsEachProjectWithItsFindings() {
        String[] r = run("validate", EXAMPLE);
        assertEquals(String.valueOf(ExitCodes.OK), r[0], r[1] + r[2]);
        String out = r[1];
        assertFalse(
                out.contains("缺少工作表"),
                "a project-only workbook is not checked as a department's: " + out);
        assertTrue(out.contains("项目 高标准农田建设（高标准农田建设）：总分 99.85 优"), out);
        assertTrue(out.contains("  农村户厕改造!I13  警告  偏差原因  "), out);
        assertTrue(out.contains("项目 重大动物疫病防控（动物疫病防控）：总分 79 中（按评分规则“执行率60%–70%”封顶，各项之和 85）"), out);
        assertTrue(out.contains("  动物疫病防控!H32  警告  评分规则  "), out);
    }

    @Test
    void csvAndJsonSayTheProjectsAreListedOnlyInTheTable() {
        String[] r = run("validate", EXAMPLE, "--format", "csv");
        assertEquals(String.valueOf(ExitCodes.OK), r[0], r[2]);
        assertTrue(r[2].contains("另有 3 个项目支出绩效自评表已校验，其结果目前只在 --format table 中列出。"), r[2]);
    }
}
