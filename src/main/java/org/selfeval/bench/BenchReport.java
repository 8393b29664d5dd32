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

    public BenchReport runs(List<RunFigures> runs) {
        md.append("| 线程 | 份数 | 报告 | 份/秒 | p50 ms | p95 ms | 读取 ms | 校验+评分 ms | 生成 Word ms | 发布 ms (CPU) | 总耗时 s | 输出 SHA-256 |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (RunFigures r : runs) {
            md.append(String.format(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | `%s` (%d 个文件) |%n",
                    r.threads(), r.processed(), r.converted(), r.perSecond(), r.p50Millis(), r.p95Millis(),
                    r.meanMillis(StageTimes.Stage.READ), r.meanMillis(StageTimes.Stage.EVALUATE),
                    r.meanMillis(StageTimes.Stage.RENDER), r.publishMeanMillis(), r.wallNanos() / 1e9,
                    r.digest().sha256().substring(0, 16), r.digest().files()));
        }
        md.append('\n');
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
