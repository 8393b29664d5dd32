package org.selfeval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.selfeval.publish.FolderTrees;

/**
 * POI keeps its temporary files in one folder shared by every process of the machine ({@code
 * <tmp>/poifiles}): created by another user, or a file of that name, it made every run fail. Each
 * process gets a folder of its own instead (POI's files and sqlite-jdbc's native library)
 * (owner-only, named after its process id), removed when the process ends. A process killed
 * outright (SIGKILL, the OOM killer) runs no shutdown hook: its folder is swept by the next start,
 * once no process of that id is alive.
 */
final class PrivateTempFiles {

    private static final String PREFIX = "selfeval-poi-";

    /** {@code selfeval-poi-<pid>-<random>}. */
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.+");

    private PrivateTempFiles() {}

    /**
     * Points POI at a new private folder under {@code base}, after sweeping the folders left there
     * by this user's processes that are gone; the folder.
     */
    static Path install(Path base) throws IOException {
        Path folder = Files.createTempDirectory(base, PREFIX + ProcessHandle.current().pid() + "-");
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        // sqlite-jdbc unpacks its native library into the temporary folder and removes it only at
        // a normal exit (a killed process left it there, with a lock file that keeps it from its
        // own clean-up): into this folder instead, swept with it
        if (System.getProperty("org.sqlite.tmpdir") == null)
            System.setProperty("org.sqlite.tmpdir", folder.toString());
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> FolderTrees.deleteTemporary(folder),
                                "selfeval-temp-cleanup"));
        sweep(base, folder);
        return folder;
    }

    /**
     * Removes the private folders under {@code base} whose process has ended: ours by name and by
     * owner, never one of a process still alive. A process id reused by a process that started
     * after the folder was last changed is not its owner (the owner made the folder after it
     * started). Returns the folders removed.
     */
    static List<Path> sweep(Path base, Path mine) {
        UserPrincipal me;
        List<Path> candidates;
        try {
            me = Files.getOwner(mine);
            try (Stream<Path> s = Files.list(base)) {
                candidates =
                        s.filter(p -> !p.equals(mine))
                                .filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                                .toList();
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // harmless: leftovers only take space
        }
        List<Path> removed = new ArrayList<>();
        for (Path p : candidates) {
            try {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                if (!me.equals(Files.getOwner(p, LinkOption.NOFOLLOW_LINKS))) continue;
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches()) continue;
                long pid = Long.parseLong(m.group(1));
                Instant changed =
                        Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
                if (ownerAlive(pid, changed)) continue;
                FolderTrees.deleteTemporary(p);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) removed.add(p);
            } catch (IOException | RuntimeException e) {
                // leave it: the next start tries again
            }
        }
        return removed;
    }

    /** A live process of that id that may have made a folder last changed at {@code changed}. */
    private static boolean ownerAlive(long pid, Instant changed) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) return false;
        Optional<Instant> started = process.get().info().startInstant();
        // started after the folder's last change: a later process that was given the same id
        return started.isEmpty() || !started.get().isAfter(changed.plusSeconds(2));
    }

    /**
     * As {@link #install(Path)} under the system's temporary folder; a failure is told in one line,
     * not a trace.
     */
    static void installOrExplain() {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            install(base);
        } catch (IOException | RuntimeException e) {
            System.err.println(
                    "无法在临时文件夹 "
                            + base
                            + " 中创建本程序的临时文件夹（"
                            + e.getMessage()
                            + "）：请检查该文件夹的权限和剩余空间，或用 SELFEVAL_JAVA_OPTS=-Djava.io.tmpdir=其他文件夹 指定另一个。");
            System.exit(ExitCodes.USAGE);
        }
    }
}
