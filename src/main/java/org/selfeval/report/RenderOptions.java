package org.selfeval.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.selfeval.model.FindingKinds;

/**
 * How documents are rendered: an optional bureau style .docx (its styles replace ours, matched by
 * id or name), the clock that stamps document properties (a fixed clock makes output byte-identical
 * between runs) and the finding kinds whose Chinese names the 校验报告 shows (the pipeline's, {@code
 * Pipeline.findingKinds}).
 */
public record RenderOptions(Optional<Path> style, Clock clock, FindingKinds findingKinds) {

    public RenderOptions {
        style = style == null ? Optional.empty() : style;
        clock = clock == null ? Clock.systemUTC() : clock;
        findingKinds = findingKinds == null ? FindingKinds.of() : findingKinds;
    }

    /** Our GB/T 9704 styles, stamped with the current time; finding ids without names. */
    public static RenderOptions defaults() {
        return new RenderOptions(Optional.empty(), Clock.systemUTC(), FindingKinds.of());
    }

    public RenderOptions withStyle(Path styleDocx) {
        return new RenderOptions(Optional.ofNullable(styleDocx), clock, findingKinds);
    }

    public RenderOptions withClock(Clock c) {
        return new RenderOptions(style, c, findingKinds);
    }

    public RenderOptions withFindingKinds(FindingKinds kinds) {
        return new RenderOptions(style, clock, kinds);
    }
}
