package org.selfeval.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that no half-written file is ever visible under its final name: the bytes go to a
 * hidden temporary file in the same folder, are flushed to disk, and the file is renamed into
 * place.
 */
public final class AtomicFiles {

    /** Prefix of temporary files; discovery and clean-up skip names that start with it. */
    public static final String TEMP_PREFIX = ".selfeval-tmp-";

    private AtomicFiles() {}

    /** Writes {@code bytes} to {@code target}, replacing an existing file atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path temp = writeTemp(target.toAbsolutePath().getParent(), bytes);
        try {
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes {@code bytes} to {@code target} only if no file has that name ({@link
     * FileAlreadyExistsException} otherwise): a published document is never replaced.
     */
    public static void writeNew(Path target, byte[] bytes) throws IOException {
        Path temp = writeTemp(target.toAbsolutePath().getParent(), bytes);
        try {
            publishNew(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes {@code bytes} to a new hidden temporary file in {@code dir} and forces it to disk; the
     * caller renames it into place with {@link #move} (then it is whole under its final name) or
     * deletes it.
     */
    static Path writeTemp(Path dir, byte[] bytes) throws IOException {
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, TEMP_PREFIX, ".part");
        try {
            try (FileChannel ch =
                            FileChannel.open(
                                    temp,
                                    StandardOpenOption.WRITE,
                                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            readableByAll(temp);
            return temp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Renames atomically where the file system can, else falls back to a plain replace. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(
                    from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Gives the written file {@code from} the name {@code to} only if that name is free ({@link
     * FileAlreadyExistsException} otherwise): a hard link is created atomically or not at all,
     * where a rename would silently replace. On a file system without hard links the check and the
     * move are two steps.
     */
    static void publishNew(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException taken) throw taken;
            Files.move(from, to); // without REPLACE_EXISTING: refuses an existing name
            return;
        }
        Files.delete(from);
    }

    /**
     * createTempFile makes owner-only files (0600); published reports must be readable like any
     * other file.
     */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(
                    file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
