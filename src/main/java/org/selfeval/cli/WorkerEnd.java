package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.selfeval.batch.RunLog;

/**
 * How the launcher tells a worker JVM's abnormal end: a run ends with 0–4; anything else (137 after
 * the OOM killer's SIGKILL, 134 after a JVM crash) was not the worker's own decision, and without a
 * word the operator would see only a bare status. One Chinese line on the console and in the run's
 * log.
 */
final class WorkerEnd {

    private WorkerEnd() {}

    /**
     * The line for exit status {@code code} of worker {@code pid}, or empty when the run ended by
     * itself.
     */
    static Optional<String> abnormal(int code, long pid) {
        if (code >= ExitCodes.OK && code <= ExitCodes.LOCKED) return Optional.empty();
        String cause = code > 128 ? "被信号 " + (code - 128) + signalName(code - 128) + "终止" : "异常退出";
        return Optional.of(
                "selfeval：处理进程（PID "
                        + pid
                        + "）"
                        + cause
                        + "，退出状态 "
                        + code
                        + (code == 137 ? "（常见原因：内存不足被系统结束，或被他人 kill -9）" : "")
                        + "；未完成的提交留在收件文件夹，下次运行时重试。");
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> "（SIGKILL）";
            case 15 -> "（SIGTERM）";
            case 6 -> "（SIGABRT）";
            case 11 -> "（SIGSEGV）";
            default -> "";
        };
    }

    /** On the console, and in the log of the output folder the arguments name. */
    static void tell(String line, String[] args) {
        PrintWriter console = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try (RunLog log = RunLog.open(outFolder(args), console, Clock.systemDefaultZone())) {
            log.progress(line);
        } catch (IOException | RuntimeException e) {
            console.println(line);
        }
    }

    /** {@code --out DIR} or {@code --out=DIR} among the run's arguments; the default otherwise. */
    static Path outFolder(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) return Path.of(args[i + 1]);
            if (args[i].startsWith("--out=")) return Path.of(args[i].substring("--out=".length()));
        }
        return Path.of("output");
    }
}
