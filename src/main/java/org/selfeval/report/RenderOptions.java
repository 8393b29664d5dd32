package org.selfeval.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * How documents are rendered: an optional bureau style .docx (its styles replace ours, matched by id or name)
 * and the clock that stamps document properties (a fixed clock makes output byte-identical between runs).
 */
public record RenderOptions(Optional<Path> style, Clock clock) {

    public RenderOptions {
        style = style == null ? Optional.empty() : style;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** Our GB/T 9704 styles, stamped with the current time. */
    public static RenderOptions defaults() {
        return new RenderOptions(Optional.empty(), Clock.systemUTC());
    }

    public RenderOptions withStyle(Path styleDocx) {
        return new RenderOptions(Optional.ofNullable(styleDocx), clock);
    }

    public RenderOptions withClock(Clock c) {
        return new RenderOptions(style, c);
    }
}
