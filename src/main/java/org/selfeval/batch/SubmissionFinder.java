package org.selfeval.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.selfeval.publish.AtomicFiles;

/**
 * Finds submissions in a folder: every workbook or CSV file at its top, and every sub-folder that
 * holds a file, is one submission. Office and WPS lock files ({@code ~$…}, {@code .~lock.…#}),
 * hidden files, our own temporary files and other temporary files (.tmp, .part, .crdownload …) are
 * ignored. Results are sorted by name, so every run sees them in the same order.
 */
public final class SubmissionFinder {

    private static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "xlsm", "csv");
    private static final Set<String> TEMP_EXTENSIONS =
            Set.of("tmp", "temp", "part", "crdownload", "partial", "download", "swp", "bak");

    private SubmissionFinder() {}

    public static List<Path> find(Path folder) throws IOException {
        return children(
                folder,
                (child, name) ->
                        !Files.isHidden(child)
                                && (Files.isDirectory(child)
                                        ? hasFiles(child)
                                        : Files.isRegularFile(child) && isSubmissionFile(name)));
    }

    /**
     * Whether every name in the submission survives the trip to a Java string and back. A name that
     * is not valid in the file system's encoding (GBK names copied onto a UTF-8 system) comes back
     * different, and libraries that reopen a file by its name (POI) cannot find it: the file would
     * be called unreadable for its name.
     */
    public static boolean namesRoundTrip(Path submission) throws IOException {
        try (Stream<Path> walk = Files.walk(submission)) {
            for (Path p : walk.toList()) {
                if (!roundTrips(p)) return false;
            }
        }
        return true;
    }

    private static boolean roundTrips(Path p) {
        try {
            return Files.exists(Path.of(p.toString()), LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A workbook, a CSV, or a .zip holding one submission (unpacked by the run). */
    public static boolean isSubmissionFile(String name) {
        return isSheetFile(name) || extension(name).equals("zip");
    }

    /**
     * Entries with a workbook's name that are neither files nor folders: links whose target is
     * gone, pipes, devices. They are never opened (a pipe would block the read forever); the run
     * files them as unreadable.
     */
    public static List<Path> findUnusable(Path folder) throws IOException {
        return children(
                folder,
                (child, name) ->
                        isSheetFile(name)
                                && !Files.isRegularFile(child)
                                && !Files.isDirectory(child));
    }

    /**
     * Files at the top of the folder that are not submissions and not ignored: other spreadsheet
     * formats, documents, archives, anything. The run files each in failed/ with what to do, so
     * none waits forever unseen.
     */
    public static List<Path> findUnsupported(Path folder) throws IOException {
        return children(
                folder,
                (child, name) ->
                        !Files.isHidden(child)
                                && Files.isRegularFile(child)
                                && !isSubmissionFile(name));
    }

    /** Which entries of a folder a finder keeps. */
    @FunctionalInterface
    private interface Keep {
        boolean test(Path child, String name) throws IOException;
    }

    /** The folder's entries that are not ignored and that {@code keep} accepts, sorted by name. */
    private static List<Path> children(Path folder, Keep keep) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (!isIgnored(name) && keep.test(child, name)) found.add(child);
            }
        }
        return found;
    }

    /** The lower-case extension of a file name, "" when it has none. */
    public static String extension(Path file) {
        return extension(String.valueOf(file.getFileName()));
    }

    /** An empty folder (perhaps just created by a copy in progress) is not a submission yet. */
    private static boolean hasFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(
                    p -> Files.isRegularFile(p) && !isIgnored(p.getFileName().toString()));
        }
    }

    /** A lock, hidden or temporary name that never counts as (part of) a submission. */
    public static boolean isIgnored(String name) {
        if (name.startsWith(".")
                || name.startsWith("~$")
                || name.startsWith("~")
                || name.endsWith("#")
                || name.startsWith(AtomicFiles.TEMP_PREFIX)) return true;
        return TEMP_EXTENSIONS.contains(extension(name));
    }

    public static boolean isSheetFile(String name) {
        return EXTENSIONS.contains(extension(name));
    }

    /**
     * How {@code selfeval convert} reads a folder argument: a folder that has sub-folders holding
     * submissions is a folder of submissions (found as in the inbox); a folder with no sub-folders
     * is one split submission.
     */
    public static boolean isFolderOfSubmissions(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(
                    c -> Files.isDirectory(c) && !isIgnored(c.getFileName().toString()));
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
