package org.selfeval.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples the heap in use every few milliseconds on a daemon thread and keeps the peak; reads the
 * peak resident set size (VmHWM) of this process from /proc where Linux offers it.
 */
public final class MemoryWatch implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakHeap;

    private MemoryWatch() {
        sampler = new Thread(this::sample, "bench-memory");
        sampler.setDaemon(true);
    }

    public static MemoryWatch start() {
        MemoryWatch w = new MemoryWatch();
        w.sampler.start();
        return w;
    }

    private void sample() {
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peakHeap) peakHeap = used;
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The highest heap use seen (bytes), garbage included. */
    public long peakHeap() {
        return peakHeap;
    }

    /** The most the JVM may use for its heap (-Xmx), bytes. */
    public long maxHeap() {
        return memory.getHeapMemoryUsage().getMax();
    }

    /** Heap still in use after a full collection: what the run retains. */
    public long liveHeapAfterGc() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Peak resident set size in bytes, -1 when /proc is not available. */
    public static long peakRss() {
        return statusKilobytes("VmHWM:");
    }

    /** Physical memory of the machine in kB (MemTotal), -1 when unknown. */
    public static long totalMemoryKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:"))
                    return Long.parseLong(line.substring(9).replace("kB", "").strip());
            }
        } catch (IOException | NumberFormatException | UnsupportedOperationException e) {
            return -1;
        }
        return -1;
    }

    static long statusKilobytes(String key) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).replace("kB", "").strip())
                            * 1024;
                }
            }
        } catch (IOException | NumberFormatException | UnsupportedOperationException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
