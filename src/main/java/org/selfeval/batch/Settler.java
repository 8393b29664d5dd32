package org.selfeval.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Keeps only submissions that are not being copied: it takes a snapshot (every file's size and
 * modification time), waits the settle interval, takes another, and keeps the submissions whose
 * snapshot did not change. The others are left in the inbox for the next round (Camel's "changed"
 * read-lock).
 */
public final class Settler {

    /** Waits; tests pass one that changes files instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration interval;
    private final Sleeper sleeper;

    public Settler(Duration interval, Sleeper sleeper) {
        this.interval = interval;
        this.sleeper = sleeper;
    }

    /**
     * The settled submissions, in the given order; the rest are returned by {@link
     * Result#unsettled()}.
     */
    public Result settle(List<Path> submissions) throws IOException, InterruptedException {
        List<Map<String, String>> before = new ArrayList<>();
        for (Path s : submissions) before.add(snapshot(s));
        if (!interval.isZero() && !submissions.isEmpty()) sleeper.sleep(interval);
        List<Path> settled = new ArrayList<>();
        List<Path> unsettled = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            Path s = submissions.get(i);
            boolean same = Files.exists(s) && snapshot(s).equals(before.get(i));
            (same ? settled : unsettled).add(s);
        }
        return new Result(List.copyOf(settled), List.copyOf(unsettled));
    }

    public record Result(List<Path> settled, List<Path> unsettled) {}

    private static Map<String, String> snapshot(Path submission) throws IOException {
        Map<String, String> snapshot = new TreeMap<>();
        if (!Files.exists(submission)) return snapshot;
        try (Stream<Path> walk = Files.walk(submission)) {
            for (Path p : walk.toList()) {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    snapshot.put(
                            submission.relativize(p).toString(),
                            a.isDirectory()
                                    ? "dir"
                                    : a.size() + "@" + a.lastModifiedTime().toMillis());
                } catch (IOException vanished) {
                    snapshot.put(submission.relativize(p).toString(), "vanished");
                }
            }
        }
        return snapshot;
    }
}
