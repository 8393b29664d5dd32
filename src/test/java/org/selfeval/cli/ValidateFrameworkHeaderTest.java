package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** validate without --framework names, per workbook, the framework each was checked against. */
class ValidateFrameworkHeaderTest {

    @Test
    void eachWorkbookIsHeadedWithItsOwnFramework() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.execute(
                "validate",
                "input-templates/examples/qingshan-agri-2023-corrected.xlsx",
                "input-templates/examples/huadu-amr-2023-corrected.xlsx");
        String text = out.toString();
        assertTrue(
                text.contains("== qingshan-agri-2023-corrected.xlsx（指标体系：部门整体支出绩效自评表（财预〔2020〕10号）"),
                text);
        assertTrue(
                text.contains("== huadu-amr-2023-corrected.xlsx（指标体系：广州市区级部门整体支出绩效评价指标体系"), text);
        assertFalse(text.contains("qingshan-agri-2023-corrected.xlsx（指标体系：广州"), text);
        // the first line does not pretend the default framework checked both
        assertTrue(
                err.toString()
                        .startsWith(
                                "配置：内置；指标体系：广州市区级部门整体支出绩效评价指标体系"
                                        + "（默认；“基本信息”写明其他内置指标体系的报送，按所写的校验和评分）"),
                err.toString());
    }

    @Test
    void aFrameworkTheBureauNamesIsTheOneInEffect() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        cl.execute(
                "validate",
                "--framework",
                "caiyu-2020",
                "input-templates/examples/qingshan-agri-2023-corrected.xlsx");
        assertTrue(
                err.toString().startsWith("配置：内置；指标体系：部门整体支出绩效自评表（财预〔2020〕10号）\n")
                        || err.toString()
                                .startsWith(
                                        "配置：内置；指标体系：部门整体支出绩效自评表（财预〔2020〕10号）"
                                                + System.lineSeparator()),
                err.toString());
    }
}
