package org.selfeval.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/**
 * What the JVM's locale lets us do with Chinese. On Java 17 file names follow the locale
 * (sun.jnu.encoding), not -Dfile.encoding: a job started by cron or a service manager without LANG
 * gets ASCII, cannot name a single Chinese file or folder, and would fail half-way through a night.
 * Such a run is refused before it touches anything. The console is made UTF-8 first, so that
 * refusal (and every other line) is readable in a cron mail.
 */
final class PlatformEncoding {

    /** Words every night writes into file and folder names. */
    private static final String SAMPLE = "部门整体支出绩效自评报告";

    private PlatformEncoding() {}

    /**
     * Console streams in UTF-8, unless Java found a real Windows console and its code page (then
     * that one: the launcher switches it to 65001, and a GBK console shows GBK correctly).
     */
    static void useUtf8Console() {
        System.setOut(
                new PrintStream(
                        new FileOutputStream(FileDescriptor.out),
                        true,
                        charset("sun.stdout.encoding")));
        System.setErr(
                new PrintStream(
                        new FileOutputStream(FileDescriptor.err),
                        true,
                        charset("sun.stderr.encoding")));
    }

    /**
     * The console's writers for picocli, in the charset of {@link #useUtf8Console} (picocli would
     * pick the locale's).
     */
    static void useConsoleWriters(CommandLine cl) {
        cl.setOut(
                new PrintWriter(
                        new OutputStreamWriter(System.out, charset("sun.stdout.encoding")), true));
        cl.setErr(
                new PrintWriter(
                        new OutputStreamWriter(System.err, charset("sun.stderr.encoding")), true));
    }

    private static Charset charset(String consoleProperty) {
        String console = System.getProperty(consoleProperty);
        try {
            return console == null ? StandardCharsets.UTF_8 : Charset.forName(console);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Why this JVM cannot work with Chinese file names, and how to fix it; empty when it can. */
    static Optional<String> fileNameProblem() {
        String name = System.getProperty("sun.jnu.encoding", "UTF-8");
        boolean canEncode;
        try {
            canEncode = Charset.forName(name).newEncoder().canEncode(SAMPLE);
        } catch (IllegalArgumentException unknownCharset) {
            canEncode = false;
        }
        if (canEncode) return Optional.empty();
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String fix =
                windows
                        ? "请在 Windows“区域”设置的“管理”页把“非 Unicode 程序的语言”设为“中文(简体，中国)”后重启，再运行 selfeval.cmd。"
                        : "请用 selfeval 启动脚本运行（它会自动使用 UTF-8），或在 cron、systemd 等的配置中设置 LANG=C.UTF-8 后重新运行。";
        return Optional.of(
                "selfeval 未运行：当前环境的语言设置不支持中文文件名（文件名编码为 "
                        + name
                        + "，通常是 cron 或服务没有设置 LANG），本次没有处理、移动或改动任何文件。"
                        + fix);
    }
}
