package org.selfeval.bench;

/**
 * What one measured run produced.
 *
 * @param wallNanos hash + convert + publish + summary, end to end
 * @param publishCpuNanos CPU time of the publishing thread (outputs, manifest, input moves,
 *     summary)
 * @param processCpuNanos CPU time of the whole process during the run (GC and JIT included)
 */
public record RunFigures(
        int submissions,
        int threads,
        long wallNanos,
        int converted,
        int processed,
        StageTimes times,
        long publishCpuNanos,
        long processCpuNanos,
        OutputDigest.Result digest) {

    /**
     * Process CPU milliseconds per submission: what a report costs whatever else the machine is
     * doing.
     */
    public double cpuMillisPerSubmission() {
        return processCpuNanos / 1e6 / Math.max(1, processed);
    }

    /** Submissions per second this run's CPU cost allows on {@code cores} otherwise idle cores. */
    public double perSecondOnIdleCores(int cores) {
        double cpu = cpuMillisPerSubmission();
        return cpu <= 0 ? 0 : cores * 1000.0 / cpu;
    }

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

    /** Mean CPU milliseconds per submission of a stage. */
    public double meanCpuMillis(StageTimes.Stage stage) {
        return times.totalCpuNanos(stage) / 1e6 / Math.max(1, processed);
    }

    public double publishMeanMillis() {
        return publishCpuNanos / 1e6 / Math.max(1, processed);
    }
}
