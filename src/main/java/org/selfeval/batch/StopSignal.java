package org.selfeval.batch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stop request (SIGINT/SIGTERM through a shutdown hook) that wakes a waiting scheduler at once,
 * and lets the hook wait until the current submission is published before the JVM goes.
 */
public final class StopSignal {

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    public void requestStop() {
        stop.countDown();
    }

    public boolean stopRequested() {
        return stop.getCount() == 0;
    }

    /** Waits up to {@code duration}; true when a stop came meanwhile. */
    public boolean await(Duration duration) throws InterruptedException {
        return stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Called by the run loop when it has returned. */
    public void markFinished() {
        finished.countDown();
    }

    /** Called by the shutdown hook: waits for the run loop to finish its current submission. */
    public void awaitFinished(Duration limit) throws InterruptedException {
        finished.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }
}
