package org.selfeval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.pipeline.EvaluateStage;
import org.selfeval.pipeline.OutputFormats;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ReadResult;
import org.selfeval.pipeline.ReadStage;
import org.selfeval.pipeline.RenderStage;

/**
 * Wraps the real stages with timers and nothing else: each call is passed through unchanged. The
 * pipeline calls read → evaluate → audit report → report on one thread, so a report ends after its
 * last render call.
 */
public final class TimedStages {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TimedStages() {}

    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /**
     * The pipeline of these stages, timed into {@code times}, rendering the output formats {@code
     * formats} registers around the (timed) renderer.
     */
    public static Pipeline pipeline(
            ReadStage reader,
            EvaluateStage evaluator,
            RenderStage renderer,
            StageTimes times,
            Function<RenderStage, OutputFormats> formats) {
        return new Pipeline(
                read(reader, times),
                evaluate(evaluator, times),
                formats.apply(new TimedRender(renderer, times)));
    }

    private static ReadStage read(ReadStage reader, StageTimes times) {
        return origin -> {
            long start = System.nanoTime();
            long cpu = cpu();
            ReadResult result = reader.read(origin);
            times.add(StageTimes.Stage.READ, System.nanoTime() - start, cpu() - cpu);
            if (!result.readable()) times.pendingEnd(); // only the audit report follows
            return result;
        };
    }

    private static EvaluateStage evaluate(EvaluateStage evaluator, StageTimes times) {
        return (submission, findings) -> {
            long start = System.nanoTime();
            long cpu = cpu();
            Evaluation e = evaluator.evaluate(submission, findings);
            times.add(StageTimes.Stage.EVALUATE, System.nanoTime() - start, cpu() - cpu);
            if (e.blocked()) times.pendingEnd(); // only the audit report follows
            return e;
        };
    }

    private record TimedRender(RenderStage renderer, StageTimes times) implements RenderStage {

        @Override
        public byte[] report(Evaluation evaluation) {
            long start = System.nanoTime();
            long cpu = cpu();
            byte[] bytes = renderer.report(evaluation);
            times.add(StageTimes.Stage.RENDER, System.nanoTime() - start, cpu() - cpu);
            times.reportDone();
            return bytes;
        }

        @Override
        public byte[] auditReport(Path origin, Evaluation evaluation, List<Finding> findings) {
            long start = System.nanoTime();
            long cpu = cpu();
            byte[] bytes = renderer.auditReport(origin, evaluation, findings);
            times.add(StageTimes.Stage.RENDER, System.nanoTime() - start, cpu() - cpu);
            if (times.endPending()) times.reportDone();
            return bytes;
        }
    }
}
