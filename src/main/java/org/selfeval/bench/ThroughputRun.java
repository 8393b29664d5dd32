package org.selfeval.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.selfeval.batch.BatchFolders;
import org.selfeval.batch.BatchRun;
import org.selfeval.batch.RunLog;
import org.selfeval.batch.Settler;
import org.selfeval.batch.Tally;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.publish.FolderTrees;
import org.selfeval.publish.Manifest;

/**
 * One measured round of what {@code selfeval run} does ({@link BatchRun}: hash, convert in
 * parallel, publish in inbox order, summary) over a fresh inbox, with the stages timed. Publishing
 * runs on the calling thread, which only waits while the workers convert, so that thread's CPU time
 * is the publishing cost.
 */
public final class ThroughputRun {

    /** Builds the timed pipeline of one run. */
    @FunctionalInterface
    public interface TimedPipeline {
        Pipeline create(StageTimes times);
    }

    private final TimedPipeline pipelines;
    private final Clock clock;

    public ThroughputRun(TimedPipeline pipelines, Clock clock) {
        this.pipelines = pipelines;
        this.clock = clock;
    }

    /**
     * Runs {@code n} workbooks of the pool with {@code threads} workers in {@code dir} (emptied
     * first).
     */
    public RunFigures run(InputPool pool, int n, int threads, Path dir)
            throws IOException, InterruptedException {
        FolderTrees.delete(dir);
        BatchFolders folders =
                new BatchFolders(
                        dir.resolve("inbox"),
                        dir.resolve("out"),
                        dir.resolve("archive"),
                        dir.resolve("failed"));
        try {
            folders.create(true);
        } catch (BatchFolders.UnusableFolderException e) {
            throw new IOException(e.getMessage(), e);
        }
        pool.link(folders.inbox(), n);
        StageTimes times = new StageTimes();
        Pipeline pipeline = pipelines.create(times);
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        Tally tally;
        long wall;
        long publishCpu;
        long processCpu;
        try (Manifest manifest = Manifest.load(folders.out());
                RunLog log =
                        RunLog.open(folders.out(), new PrintWriter(Writer.nullWriter()), clock)) {
            BatchRun run =
                    new BatchRun(
                            pipeline,
                            folders,
                            manifest,
                            new Settler(Duration.ZERO, d -> {}),
                            threads,
                            clock,
                            log);
            long cpu0 = threadBean.getCurrentThreadCpuTime();
            long process0 = processCpuNanos();
            long start = System.nanoTime();
            tally = run.round(() -> false);
            wall = System.nanoTime() - start;
            publishCpu = threadBean.getCurrentThreadCpuTime() - cpu0;
            processCpu = processCpuNanos() - process0;
        }
        return new RunFigures(
                n,
                threads,
                wall,
                tally.converted(),
                tally.processed(),
                times,
                publishCpu,
                processCpu,
                OutputDigest.of(folders.out()));
    }

    /**
     * CPU time of the whole process (all threads, GC and JIT included), -1 when the JVM does not
     * tell.
     */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
