package org.selfeval.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.selfeval.audit.Evaluator;
import org.selfeval.config.ConfigException;
import org.selfeval.config.ConfigLoader;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.pipeline.EvaluateStage;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ReadStage;
import org.selfeval.pipeline.RenderStage;
import org.selfeval.report.DocxRenderer;
import org.selfeval.report.RenderOptions;

/** The one place where the real stages (reader, evaluator, renderer) are put together for the commands. */
final class PipelineWiring {

    private PipelineWiring() {
    }

    /**
     * @param config audit/scoring configuration file; null = {@code selfeval.properties} in the working
     *               directory when present, else the built-in Guangzhou 2023 framework
     * @param style  a .docx whose styles replace ours, null = ours
     * @throws ConfigException when the configuration or the style file cannot be used (exit code 2)
     */
    static Pipeline create(Path config, Path style) {
        return create(config, style, Clock.systemUTC(), Pipeline::new);
    }

    /** The same stages, stamped by {@code clock} and put together by {@code assembly} (the benchmark adds timers). */
    static Pipeline create(Path config, Path style, Clock clock, Assembly assembly) {
        JaxbWarmUp.start();
        Evaluator evaluator = new Evaluator(ConfigLoader.resolve(config, Path.of("")));
        DocxRenderer renderer;
        try {
            renderer = new DocxRenderer(RenderOptions.defaults().withStyle(style).withClock(clock));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        return assembly.assemble(new SubmissionReader(), evaluator, renderer);
    }

    /** Puts the three stages into a pipeline. */
    @FunctionalInterface
    interface Assembly {
        Pipeline assemble(ReadStage reader, EvaluateStage evaluator, RenderStage renderer);
    }
}
