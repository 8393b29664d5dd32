package org.selfeval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.selfeval.batch.ProjectPipeline;
import org.selfeval.pipeline.ProjectOutcome;
import org.selfeval.publish.FolderTrees;
import org.selfeval.publish.ProjectOutputWriter;

/**
 * One measured round of converting project workbooks as {@code convert} does: each workbook read,
 * audited, scored and rendered on {@code threads} workers, then its documents published in input
 * order. The whole process's CPU time is the figure that holds on a busy machine.
 */
public final class ProjectRun {

    /**
     * @param projects the project tables converted
     * @param blocked those an 错误 kept from being published
     */
    public record Figures(
            int workbooks,
            int projects,
            int blocked,
            int threads,
            long wallNanos,
            long processCpuNanos,
            OutputDigest.Result digest) {

        public double cpuMillisPerProject() {
            return processCpuNanos / 1e6 / Math.max(1, projects);
        }

        public double perSecond() {
            return projects / (wallNanos / 1e9);
        }
    }

    private ProjectRun() {}

    public static Figures run(ProjectPipeline pipeline, List<Path> workbooks, int threads, Path out)
            throws IOException, InterruptedException {
        FolderTrees.delete(out);
        Files.createDirectories(out);
        ProjectOutputWriter writer = new ProjectOutputWriter(out);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int projects = 0, blocked = 0;
        long process0 = ThroughputRun.processCpuNanos();
        long start = System.nanoTime();
        try {
            List<Future<ProjectOutcome>> outcomes = new ArrayList<>();
            for (Path w : workbooks)
                outcomes.add(
                        pool.submit(() -> pipeline.convert(w, pipeline.read(w), null, null, true)));
            for (Future<ProjectOutcome> f : outcomes) {
                ProjectOutcome o = f.get();
                writer.write(o, "");
                projects += o.tables().size();
                blocked += (int) o.blocked();
            }
        } catch (ExecutionException e) {
            throw new IOException("project conversion failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        long cpu = ThroughputRun.processCpuNanos() - process0;
        return new Figures(
                workbooks.size(), projects, blocked, threads, wall, cpu, OutputDigest.of(out));
    }
}
