package org.selfeval.bench;

/**
 * What one measured run produced.
 *
 * @param wallNanos      hash + convert + publish + summary, end to end
 * @param publishCpuNanos CPU time of the publishing thread (outputs, manifest, input moves, summary)
 */
public record RunFigures(int submissions, int threads, long wallNanos, int converted, int processed,
                         StageTimes times, long publishCpuNanos, OutputDigest.Result digest) {

    /** Submissions finished per second (reports and audit reports published). */
    public double perSecond() {
        return processed / (wallNanos / 1e9);
    }

    public double p50Millis() {
        return StageTimes.quantile(times.sortedLatencies(), 0.50) / 1e6;
    }

    public double p95Millis() {
        return StageTimes.quantile(times.sortedLatencies(), 0.95) / 1e6;
    }

    /** Mean milliseconds per submission of a stage (summed over threads). */
    public double meanMillis(StageTimes.Stage stage) {
        return times.totalNanos(stage) / 1e6 / Math.max(1, processed);
    }

    public double publishMeanMillis() {
        return publishCpuNanos / 1e6 / Math.max(1, processed);
    }
}
