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
        cl.setErr(new PrintWriter(new StringWriter()));
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
    }
}
