package org.selfeval.cli;

import java.nio.file.Path;
import org.selfeval.pipeline.Pipeline;

/** The one place where the real stages (reader, evaluator, renderer) are put together for the commands. */
final class PipelineWiring {

    private PipelineWiring() {
    }

    /**
     * INTEGRATION POINT: build {@code new Pipeline(reader, evaluator, renderer)} from the real stages, applying
     * {@code config} (audit/scoring configuration, null = built-in default) and {@code style} (.docx styles, null = ours).
     */
    static Pipeline create(Path config, Path style) {
        throw new IllegalStateException("pipeline not wired");
    }
}
