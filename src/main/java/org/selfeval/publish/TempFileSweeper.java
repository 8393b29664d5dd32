package org.selfeval.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes the temporary files ({@value AtomicFiles#TEMP_PREFIX}…) that a killed run left behind.
 * They are hidden and never under a final name, so they harm nothing, but they should not pile up.
 * Only files untouched for a while are removed, so a {@code convert} writing into the same folder
 * at this moment keeps its own. Call it while holding the run lock.
 */
public final class TempFileSweeper {

    /** A temp file lives for milliseconds while a document is written; older ones are orphans. */
    public static final Duration ORPHAN_AGE = Duration.ofMinutes(1);

    /** Deep enough for out/<年度>/<部门>/ and failed/<日期>/<提交文件夹>/. */
    private static final int DEPTH = 4;

    private TempFileSweeper() {}

    /**
     * Deletes orphaned temp files under each folder; returns what was deleted. Missing folders are
     * skipped.
     */
    public static List<Path> sweep(Instant now, Path... folders) throws IOException {
        List<Path> deleted = new ArrayList<>();
        FileTime before = FileTime.from(now.minus(ORPHAN_AGE));
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            List<Path> orphans;
            try (Stream<Path> walk = Files.walk(folder, DEPTH)) {
                orphans =
                        walk.filter(
                                        p ->
                                                p.getFileName()
                                                        .toString()
                                                        .startsWith(AtomicFiles.TEMP_PREFIX))
                                .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                                .filter(p -> olderThan(p, before))
                                .toList();
            } catch (UncheckedIOException e) {
                throw e.getCause(); // an unreadable sub-folder: the caller logs it, the run goes on
            }
            for (Path p : orphans) {
                if (Files.deleteIfExists(p)) deleted.add(p);
            }
        }
        return deleted;
    }

    private static boolean olderThan(Path p, FileTime before) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0;
        } catch (IOException e) {
            return false;
        }
    }
}
