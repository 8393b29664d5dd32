package org.selfeval.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.selfeval.audit.Evaluator;
import org.selfeval.config.ConfigException;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.EvaluationConfig;
import org.selfeval.framework.Framework;
import org.selfeval.framework.FrameworkException;
import org.selfeval.framework.FrameworkSource;
import org.selfeval.scoring.ScoringMethods;
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
     * @param framework a built-in framework's name or a framework workbook, null = guangzhou-2023
     * @throws ConfigException when the configuration or the style file cannot be used (exit code 2)
     */
    static Pipeline create(Path config, Path style, String framework) {
        return create(config, style, framework, Clock.systemUTC(), Pipeline::new);
    }

    /**
     * The configuration in effect: {@code --config} (or selfeval.properties) with the framework {@code spec} names.
     * @throws ConfigException naming every problem of a framework workbook, cell by cell
     */
    static EvaluationConfig configuration(Path config, String framework) {
        Framework chosen;
        try {
            chosen = FrameworkSource.resolve(framework, ScoringMethods.standard().names());
        } catch (FrameworkException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        return ConfigLoader.resolve(config, Path.of(""), chosen);
    }

    /** The same stages, stamped by {@code clock} and put together by {@code assembly} (the benchmark adds timers). */
    static Pipeline create(Path config, Path style, String framework, Clock clock, Assembly assembly) {
        JaxbWarmUp.start();
        Evaluator evaluator = new Evaluator(configuration(config, framework));
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
