package org.selfeval.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * SHA-256 of a submission's content: for a folder, every regular file's path relative to the folder
 * and its bytes, in sorted order; for a single file, its bytes only. The submission's own name is
 * left out on purpose, so a re-dropped copy ("市场监管局(1).xlsx") is still recognised as the same
 * content.
 */
public final class ContentHash {

    private ContentHash() {}

    public static String of(Path submission) throws IOException {
        return of(submission, name -> false);
    }

    /**
     * As {@link #of(Path)}, leaving out files of a folder whose name {@code ignored} accepts (lock
     * and temp files).
     */
    public static String of(Path submission, Predicate<String> ignored) throws IOException {
        MessageDigest digest = sha256();
        if (Files.isDirectory(submission)) {
            for (Path file : filesOf(submission)) {
                if (ignored.test(file.getFileName().toString())) continue;
                String relative = submission.relativize(file).toString().replace('\\', '/');
                byte[] name = relative.getBytes(StandardCharsets.UTF_8);
                digest.update(longBytes(name.length));
                digest.update(name);
                digest.update(longBytes(Files.size(file)));
                feed(digest, file);
            }
        } else {
            feed(digest, submission);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> filesOf(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void feed(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        }
    }

    private static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--, v >>>= 8) b[i] = (byte) v;
        return b;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
