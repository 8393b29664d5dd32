package org.selfeval.bench;

import java.util.List;
import java.util.Locale;

/** The benchmark's findings as Markdown, in the shape of bench/RESULTS.md. */
public final class BenchReport {

    private final StringBuilder md = new StringBuilder();

    public BenchReport machine(String facts) {
        md.append("### 机器\n\n").append(facts).append("\n\n");
        return this;
    }

    public BenchReport line(String text) {
        md.append(text).append('\n');
        return this;
    }

    public BenchReport runs(List<RunFigures> runs, int cores) {
        md.append(
                "| 线程 | 份数 | 报告 | 份/秒 | CPU ms/份 | 空闲时可达 份/秒 | p50 ms | p95 ms | 读取 ms | 校验+评分 ms | 生成 Word ms | 发布 ms | 总耗时 s | 输出 SHA-256 |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (RunFigures r : runs) {
            md.append(
                    String.format(
                            Locale.ROOT,
                            "| %d | %d | %d | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | `%s` (%d 个文件) |%n",
                            r.threads(),
                            r.processed(),
                            r.converted(),
                            r.perSecond(),
                            r.cpuMillisPerSubmission(),
                            r.perSecondOnIdleCores(Math.min(cores, r.threads())),
                            r.p50Millis(),
                            r.p95Millis(),
                            r.meanCpuMillis(StageTimes.Stage.READ),
                            r.meanCpuMillis(StageTimes.Stage.EVALUATE),
                            r.meanCpuMillis(StageTimes.Stage.RENDER),
                            r.publishMeanMillis(),
                            r.wallNanos() / 1e9,
                            r.digest().sha256().substring(0, 16),
                            r.digest().files()));
        }
        md.append(
                "\n读取、校验+评分、生成 Word、发布四列是每份的 CPU 毫秒（各阶段所在线程的 CPU 时间，机器繁忙时也不虚增）；"
                        + "p50/p95 是每份从读取到生成完毕的实际耗时；“CPU ms/份”含 GC 和 JIT，“空闲时可达”= 线程数 × 1000 ÷ CPU ms/份。\n\n");
        return this;
    }

    /** The project tables' rounds: one row per thread count. */
    public BenchReport projectRuns(List<ProjectRun.Figures> runs, int cores) {
        md.append("| 线程 | 工作簿 | 项目 | 存在错误 | 个/秒 | CPU ms/个 | 空闲时可达 个/秒 | 总耗时 s | 输出 SHA-256 |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (ProjectRun.Figures r : runs) {
            md.append(
                    String.format(
                            Locale.ROOT,
                            "| %d | %d | %d | %d | %.1f | %.1f | %.0f | %.1f | `%s` (%d 个文件) |%n",
                            r.threads(),
                            r.workbooks(),
                            r.projects(),
                            r.blocked(),
                            r.perSecond(),
                            r.cpuMillisPerProject(),
                            Math.min(cores, r.threads())
                                    * 1000
                                    / Math.max(0.001, r.cpuMillisPerProject()),
                            r.wallNanos() / 1e9,
                            r.digest().sha256().substring(0, 16),
                            r.digest().files()));
        }
        md.append(
                "\n每个项目：读取、校验评分、生成自评表 .docx，每个工作簿一份项目校验报告，按 convert 的流程发布；"
                        + "“CPU ms/个”是整个进程的 CPU 时间（含 GC、JIT）除以项目数。\n\n");
        return this;
    }

    public static String mib(long bytes) {
        return bytes < 0 ? "—" : String.format(Locale.ROOT, "%.0f MiB", bytes / 1024.0 / 1024.0);
    }

    @Override
    public String toString() {
        return md.toString();
    }
}
