package org.selfeval.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files a processed submission out of the inbox into {@code <dir>/<yyyy-MM-dd>/}, with companion
 * files beside it named after it ({@code <name>.原因.txt}, {@code <name>.校验报告.docx}, {@code
 * <name>.说明.txt}). Companions are written before the move, so a crash never leaves a moved
 * submission without its reason. Never overwrites: when the name or a companion's name is taken,
 * "-2", "-3" … is added before the extension. Never deletes.
 */
public final class InputMover {

    public static final String REASON = ".原因.txt";
    public static final String NOTE = ".说明.txt";
    public static final String AUDIT = ".校验报告.docx";

    private InputMover() {}

    /**
     * Where {@code submission} will land in {@code folder}: a name not yet taken, companions
     * included.
     */
    public static Path target(Path submission, Path folder) throws IOException {
        Files.createDirectories(folder);
        return freeName(folder, String.valueOf(submission.getFileName()));
    }

    /** Moves {@code submission} to {@code target} (from {@link #target}). */
    public static void moveTo(Path submission, Path target) throws IOException {
        try {
            Files.move(submission, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // another file system (archive on another disk): a plain move copies, then deletes the
            // source
            Files.move(submission, target);
        }
    }

    /** Writes a companion text file (UTF-8) beside a moved submission. */
    public static Path writeCompanion(Path moved, String suffix, String text) throws IOException {
        Path file = moved.resolveSibling(moved.getFileName() + suffix);
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** Writes a companion binary file beside a moved submission. */
    public static Path writeCompanion(Path moved, String suffix, byte[] bytes) throws IOException {
        Path file = moved.resolveSibling(moved.getFileName() + suffix);
        AtomicFiles.write(file, bytes);
        return file;
    }

    /**
     * Bytes a filed name may take: a file name has at most 255 on the usual file systems, and the
     * longest companion suffix ({@value #AUDIT}, 18 bytes) and a "-N" (up to 8) must still fit
     * after it.
     */
    static final int FILED_NAME_BYTES = 255 - 18 - 8;

    /**
     * {@code name} (shortened to {@link #FILED_NAME_BYTES}, stably, when longer: a legal long name
     * must never keep a submission stuck in the inbox), or {@code stem-2.ext}, {@code stem-3.ext}
     * …: the first whose file and companions are all free.
     */
    static Path freeName(Path folder, String original) {
        String name = SafeNames.fitBytes(original, FILED_NAME_BYTES);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 1; ; i++) {
            String candidate = i == 1 ? name : stem + "-" + i + ext;
            if (isFree(folder, candidate)) return folder.resolve(candidate);
        }
    }

    private static boolean isFree(Path folder, String name) {
        for (String suffix : new String[] {"", REASON, NOTE, AUDIT}) {
            if (Files.exists(
                    folder.resolve(name + suffix), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                return false;
        }
        return true;
    }
}
