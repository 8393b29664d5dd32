package org.selfeval.batch;

import java.nio.file.Path;
import org.selfeval.pipeline.Pipeline;

/** Builds the pipeline a command converts with; the commands never wire stages themselves. */
@FunctionalInterface
public interface PipelineFactory {

    /**
     * @param config audit/scoring configuration file, null for the built-in default
     * @param style a .docx whose styles replace the report's, null for the built-in ones
     * @param framework a built-in framework's name or a framework workbook, null for the default
     *     framework
     */
    Pipeline create(Path config, Path style, String framework);
}
