package org.selfeval.cli;

import java.nio.file.Path;
import org.selfeval.audit.Evaluator;
import org.selfeval.config.ConfigException;
import org.selfeval.config.ConfigLoader;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.pipeline.Pipeline;
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
        Evaluator evaluator = new Evaluator(ConfigLoader.resolve(config, Path.of("")));
        DocxRenderer renderer;
        try {
            renderer = new DocxRenderer(RenderOptions.defaults().withStyle(style));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        return new Pipeline(new SubmissionReader(), evaluator, renderer);
    }
}
