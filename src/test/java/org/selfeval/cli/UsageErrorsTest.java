package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Usage errors are told in Chinese, in a few lines, never followed by the whole help. */
class UsageErrorsTest {

    private String errorOf(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.USAGE, cl.execute(args), err.toString());
        String text = err.toString();
        assertTrue(text.lines().count() <= 10, text);
        assertTrue(
                text.contains("用 selfeval " + args[0] + " --help 查看全部选项")
                        || text.contains("用 selfeval --help"),
                text);
        assertFalse(
                text.contains("Unknown")
                        || text.contains("Invalid")
                        || text.contains("Missing")
                        || text.contains("mutually"),
                text);
        return text;
    }

    @Test
    void picocliErrorsAreToldInChinese() {
        assertTrue(errorOf("run", "--bogus").startsWith("未知选项 --bogus\n用法：selfeval run [选项]\n"));
        assertTrue(errorOf("run", "--threads", "两个").startsWith("--threads 需要一个整数，收到的是“两个”"));
        assertTrue(errorOf("run", "--once", "--watch").startsWith("--once 与 --watch 不能同时使用"));
        assertTrue(errorOf("run", "--threads").startsWith("--threads 需要一个值（N）"));
        assertTrue(errorOf("run", "--out", "a", "--out", "b").startsWith("--out 只能指定一次"));
        assertTrue(errorOf("validate").startsWith("缺少参数 PATH\n用法：selfeval validate [选项] PATH…"));
        assertTrue(
                errorOf("validate", "--format", "xml", "a.xlsx")
                        .startsWith("--format 只能是 table、csv、json 之一"));
        assertTrue(
                errorOf("bogus")
                        .startsWith(
                                "未知命令 bogus（可用命令：bench、convert、framework、record、run、status、templates、validate）"));
    }

    @Test
    void theCommandsOwnChecksKeepTheirMessage() {
        assertTrue(errorOf("run", "--daily-at", "25:99").startsWith("--daily-at 的时间格式应为 HH:MM"));
    }
}
