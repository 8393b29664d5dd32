package org.selfeval.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.evaluate.FindingCatalogue;
import org.selfeval.evaluate.config.ConfigException;
import org.selfeval.evaluate.config.ConfigLoader;
import org.selfeval.evaluate.config.EvaluationConfig;
import org.selfeval.evaluate.scoring.ScoringMethods;
import org.selfeval.framework.BuiltInFrameworks;
import org.selfeval.framework.Framework;
import org.selfeval.framework.FrameworkException;
import org.selfeval.framework.FrameworkSource;
import org.selfeval.framework.ProjectFrameworkSource;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.pipeline.EvaluateStage;
import org.selfeval.pipeline.OutputFormats;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ReadStage;
import org.selfeval.pipeline.RenderStage;
import org.selfeval.report.DocxRenderer;
import org.selfeval.report.RenderOptions;

/**
 * The one place where the real stages (reader, evaluator, renderer) are put together for the
 * commands.
 */
final class PipelineWiring {

    private PipelineWiring() {}

    /**
     * @param config audit/scoring configuration file; null = the built-in Guangzhou 2023 framework
     *     (never a file that merely happens to lie in the working directory)
     * @param style a .docx whose styles replace ours, null = ours
     * @param framework a built-in framework's name or a framework workbook, null = guangzhou-2023
     * @throws ConfigException when the configuration or the style file cannot be used (exit code 2)
     */
    static Pipeline create(Path config, Path style, String framework) {
        return create(
                config,
                style,
                framework,
                Clock.systemUTC(),
                (reader, evaluator, renderer) ->
                        new Pipeline(reader, evaluator, formats(renderer)));
    }

    /**
     * The documents every conversion yields, in the order they are rendered and published: the one
     * place an output format is registered ({@code .with(new SomeFormat())}). Publishing, --pdf
     * (for a .docx) and the bench (which renders it; its digest covers .docx and .csv files) then
     * take it without further code.
     */
    static OutputFormats formats(RenderStage renderer) {
        return OutputFormats.standard(renderer);
    }

    /**
     * The framework {@code spec} names (null: the default one); a broken workbook is a {@link
     * ConfigException}.
     */
    /**
     * The department framework a bureau put in effect with {@code spec} (--framework or the
     * 指标体系.xlsx beside the inbox), whose words head 汇总's columns; null when it named none (or only
     * a project framework).
     */
    static Framework wording(String spec) {
        if (spec == null || ProjectFrameworkSource.isProject(spec)) return null;
        return framework(spec);
    }

    static Framework framework(String spec) {
        // --framework may name a project framework: the departments then keep the default one
        if (ProjectFrameworkSource.isProject(spec)) spec = null;
        try {
            return FrameworkSource.resolve(spec, ScoringMethods.standard().names());
        } catch (FrameworkException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /**
     * The configuration in effect: {@code --config} (else the built-in settings) with the framework
     * {@code framework} names (else guangzhou-2023).
     *
     * @throws ConfigException naming every problem of a framework workbook, cell by cell
     */
    static EvaluationConfig configuration(Path config, String framework) {
        Framework chosen = framework(framework);
        return config == null
                ? ConfigLoader.forFramework(chosen, FindingCatalogue.kinds())
                : ConfigLoader.load(config, chosen, FindingCatalogue.kinds());
    }

    /**
     * The same stages, stamped by {@code clock} and put together by {@code assembly} (the benchmark
     * adds timers).
     */
    static Pipeline create(
            Path config, Path style, String framework, Clock clock, Assembly assembly) {
        EvaluationConfig configuration = configuration(config, framework);
        Evaluator evaluator = new Evaluator(configuration);
        SubmissionReader reader = reader(configuration);
        DocxRenderer renderer;
        try {
            renderer =
                    new DocxRenderer(
                            RenderOptions.defaults()
                                    .withStyle(style)
                                    .withClock(clock)
                                    .withFindingKinds(Pipeline.findingKinds(reader, evaluator)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        return assembly.assemble(reader, evaluator, renderer);
    }

    /**
     * The stages of validate: read, audit and score; nothing is rendered, so no renderer is built.
     */
    static Pipeline checking(Path config, String framework) {
        EvaluationConfig configuration = configuration(config, framework);
        return new Pipeline(
                reader(configuration), new Evaluator(configuration), OutputFormats.none());
    }

    /**
     * A reader that spells 管理指标数据 items as the frameworks a submission may be scored against name
     * them.
     */
    private static SubmissionReader reader(EvaluationConfig configuration) {
        return new SubmissionReader(BuiltInFrameworks.managementItems(configuration.framework()));
    }

    /** Puts the three stages into a pipeline. */
    @FunctionalInterface
    interface Assembly {
        Pipeline assemble(ReadStage reader, EvaluateStage evaluator, RenderStage renderer);
    }
}
