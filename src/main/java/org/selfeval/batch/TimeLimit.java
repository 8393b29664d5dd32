package org.selfeval.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Pipeline;

/**
 * Converts one submission within a time limit. The conversion runs on a daemon worker thread: a
 * reader stuck in a hostile file cannot be stopped by force in Java, so on time-out the thread is
 * interrupted and abandoned (it cannot keep the process alive) and the batch goes on without it.
 */
public final class TimeLimit {

    /** Default per-submission limit; a real submission takes about a second. */
    public static final Duration DEFAULT = Duration.ofSeconds(300);

    private final Duration limit;

    /**
     * Reused daemon workers (thread-local caches of POI and docx4j stay warm); a hung one is simply
     * left behind.
     */
    private final ExecutorService workers =
            Executors.newCachedThreadPool(
                    task -> {
                        Thread t = new Thread(task, "selfeval-convert");
                        t.setDaemon(true);
                        return t;
                    });

    public TimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero())
            throw new IllegalArgumentException("limit must be positive: " + limit);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** The outcome, or empty when the conversion did not finish within the limit. */
    public Optional<Outcome> convert(Pipeline pipeline, Path submission)
            throws InterruptedException {
        return convert(pipeline, submission, submission);
    }

    /** As {@link #convert(Pipeline, Path)}, reading the files from {@code content}. */
    public Optional<Outcome> convert(Pipeline pipeline, Path submission, Path content)
            throws InterruptedException {
        return within(() -> pipeline.convert(submission, content));
    }

    /**
     * The result of {@code work} (e.g. reading and converting project tables), or empty when it did
     * not finish within the limit; an exception it throws comes back as an {@link
     * IllegalStateException} (an {@link Error} as itself).
     */
    public <T> Optional<T> within(java.util.concurrent.Callable<T> work)
            throws InterruptedException {
        return within(deadline(), work);
    }

    /** When a submission's steps started now must be done by ({@link System#nanoTime()}). */
    public long deadline() {
        return System.nanoTime() + limit.toNanos();
    }

    /**
     * As {@link #within(java.util.concurrent.Callable)}, by {@code deadline} (from {@link
     * #deadline()}): the steps of one submission (reading its project tables, converting the
     * department, scoring its projects) share its one limit; empty when the deadline has passed.
     */
    public <T> Optional<T> within(long deadline, java.util.concurrent.Callable<T> work)
            throws InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) return Optional.empty();
        Future<T> task = workers.submit(work);
        try {
            return Optional.of(task.get(left, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            task.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            task.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            // Pipeline.convert turns every exception into an outcome; what is left from it is a
            // VirtualMachineError
            Throwable cause = e.getCause();
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        }
    }
}
