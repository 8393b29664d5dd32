package org.selfeval.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per stage, summed over all worker threads, and per-report conversion latencies (read →
 * render). Thread-safe; a report's latency is recorded by the thread that converted it.
 */
public final class StageTimes {

    /** The timed parts of one conversion. */
    public enum Stage {
        READ,
        EVALUATE,
        RENDER
    }

    private final LongAdder[] cpuNanos = {new LongAdder(), new LongAdder(), new LongAdder()};
    private final ThreadLocal<long[]> current = ThreadLocal.withInitial(() -> new long[2]);
    private long[] latencies = new long[1024];
    private int count;

    void add(Stage stage, long elapsedNanos, long cpu) {
        cpuNanos[stage.ordinal()].add(cpu);
        current.get()[0] += elapsedNanos;
    }

    /**
     * Marks that the calling thread's report ends with its audit report (unreadable or blocked: no
     * report).
     */
    void pendingEnd() {
        current.get()[1] = 1;
    }

    boolean endPending() {
        return current.get()[1] == 1;
    }

    /** Ends the report the calling thread was converting. */
    void reportDone() {
        long[] c = current.get();
        long latency = c[0];
        c[0] = 0;
        c[1] = 0;
        synchronized (this) {
            if (count == latencies.length) latencies = Arrays.copyOf(latencies, count * 2);
            latencies[count++] = latency;
        }
    }

    /**
     * CPU time of the stage's own thread, summed: unlike wall time, not inflated when the machine
     * is busy.
     */
    public long totalCpuNanos(Stage stage) {
        return cpuNanos[stage.ordinal()].sum();
    }

    /** Per-report latencies in nanoseconds, sorted. */
    public synchronized long[] sortedLatencies() {
        long[] copy = Arrays.copyOf(latencies, count);
        Arrays.sort(copy);
        return copy;
    }

    /** The q-quantile (0 < q ≤ 1) of sorted values, nearest rank. */
    public static long quantile(long[] sorted, double q) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
