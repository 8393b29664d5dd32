package org.selfeval.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run at a time per output folder: an OS file lock on {@code <out>/.selfeval.lock}. The OS
 * releases it when the process dies, so a crashed run never blocks the next night. The file itself
 * stays.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE_NAME = ".selfeval.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another run (in this or another process) holds it. */
    public static Optional<RunLock> tryAcquire(Path out) throws IOException {
        FileChannel channel =
                FileChannel.open(
                        out.resolve(FILE_NAME),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) return Optional.of(new RunLock(channel, lock));
        } catch (OverlappingFileLockException heldInThisJvm) {
            // fall through: held by another run in this process
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
