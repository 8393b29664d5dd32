package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.Main;
import org.selfeval.report.Docx;
import picocli.CommandLine;

/**
 * {@code selfeval convert} on the three-project example, in process: a progress line per project, a
 * 自评表 per project and one 校验报告 written into the department's 项目支出绩效自评 folder, reopened with docx4j
 * and read back.
 */
class ProjectConvertEndToEndTest {

    @TempDir static Path out;
    static int exit;
    static String console;
    static Path folder;

    @BeforeAll
    static void convert() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        StringWriter std = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(std, true));
        exit =
                cl.execute(
                        "convert",
                        Path.of("input-templates", "examples", "qingshan-agri-2023-projects.xlsx")
                                .toString(),
                        "--out",
                        out.toString());
        console = std + "\n" + err;
        folder = out.resolve("2023").resolve("青山县农业农村局").resolve("项目支出绩效自评");
    }

    @Test
    void eachProjectHasItsLineAndTheProjectOnlyWorkbookIsNoDepartmentSubmission() throws Exception {
        assertEquals(ExitCodes.OK, exit, console);
        // the framework by its title, as the department's 配置 line names its framework; no short
        // name in parentheses anywhere on the console (the short name is for the command line)
        assertTrue(console.contains("项目指标体系：项目支出绩效自评表（财预〔2020〕10号）\n"), console);
        assertFalse(console.contains("（project-caiyu-2020）"), console);
        assertFalse(console.matches("(?s).*（[a-z]+(-[a-z0-9]+)*-20[0-9]{2}）.*"), console);
        assertTrue(console.contains("  [1/3] 青山县农业农村局 2023 高标准农田建设 99.85 优 自评表已生成\n"), console);
        assertTrue(console.contains("  [2/3] 青山县农业农村局 2023 农村户厕改造 98.36 优 自评表已生成（1 项警告）"), console);
        assertTrue(console.contains("  [3/3] 青山县农业农村局 2023 重大动物疫病防控 79 中 自评表已生成（1 项警告）"), console);
        // the final line of a run of project tables alone counts the projects, not 0 submissions
        assertTrue(console.contains("完成：共处理项目支出绩效自评表 3 个（1 份提交），自评表已生成 3 个，存在错误 0 个。"), console);
        assertFalse(console.contains("共处理 0 份"), console);
        assertFalse(
                Files.exists(
                        out.resolve("2023")
                                .resolve("青山县农业农村局")
                                .resolve("2023年度青山县农业农村局部门整体支出绩效自评校验报告.docx")),
                "no department audit report for a project-only workbook");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(
                    List.of(
                            "2023年度农村户厕改造项目支出绩效自评表.docx",
                            "2023年度重大动物疫病防控项目支出绩效自评表.docx",
                            "2023年度青山县农业农村局项目支出绩效自评校验报告.docx",
                            "2023年度高标准农田建设项目支出绩效自评表.docx"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theCappedProjectsTablePrintsTheCappedTotalAndTheRule() throws Exception {
        Docx doc = new Docx(Files.readAllBytes(folder.resolve("2023年度重大动物疫病防控项目支出绩效自评表.docx")));
        List<List<String>> funds = Docx.cells(doc.tables().get(1));
        assertEquals(
                List.of("年度资金总额", "400.00", "400.00", "260.00", "10", "65.00", "6.5"),
                funds.get(1));
        List<List<String>> indicators = Docx.cells(doc.tables().get(3));
        List<String> total = indicators.get(indicators.size() - 1);
        assertEquals("总分", total.get(0));
        assertEquals(List.of("100", "85"), total.subList(5, 7));
        assertEquals("79", total.get(total.size() - 1));
        String text = doc.allText();
        assertTrue(
                text.contains("按评分规则“执行率60%–70%”（执行率≥60%且<70%：总分最高79分），各项得分之和85分，总分按79分计。"), text);
        assertTrue(text.contains("评价等级为“中”"), text);
    }

    @Test
    void aCleanProjectsTableHasNoReviewedColumn() throws Exception {
        // its 总分 cell holds the formula's 99.84615384615385: the same total as shown, no 复核得分
        Docx doc = new Docx(Files.readAllBytes(folder.resolve("2023年度高标准农田建设项目支出绩效自评表.docx")));
        List<List<String>> indicators = Docx.cells(doc.tables().get(3));
        assertFalse(indicators.get(0).toString().contains("复核"), indicators.get(0).toString());
        assertEquals(
                "偏差原因分析及改进措施",
                indicators.get(0).get(indicators.get(0).size() - 1).replace("\n", ""));
        assertFalse(doc.allText().contains("加底色的复核得分"), doc.allText());
    }

    @Test
    void theAuditReportListsEachProjectAndEachFindingAtItsCell() throws Exception {
        Docx doc = new Docx(Files.readAllBytes(folder.resolve("2023年度青山县农业农村局项目支出绩效自评校验报告.docx")));
        List<List<String>> projects = Docx.cells(doc.tables().get(0));
        assertEquals(
                List.of("重大动物疫病防控", "动物疫病防控", "65.00", "85", "79", "中", "自评表已生成"), projects.get(3));
        List<List<String>> findings = Docx.cells(doc.tables().get(1));
        assertEquals(3, findings.size());
        assertTrue(findings.get(1).get(2).startsWith("农村户厕改造!I13"), findings.get(1).toString());
        assertTrue(findings.get(2).get(2).startsWith("动物疫病防控!H32"), findings.get(2).toString());
        assertEquals(List.of("79", "85"), findings.get(2).subList(3, 5));
    }
}
