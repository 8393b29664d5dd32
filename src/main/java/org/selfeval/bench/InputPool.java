package org.selfeval.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.selfeval.publish.FolderTrees;

/**
 * The generated workbooks of one benchmark, written once into a folder and reused by later runs
 * with the same seed and count (generation is slower than conversion). Each run gets its own inbox
 * of hard links (copies where links are not possible), since a run moves its inputs to the archive.
 */
public final class InputPool {

    private static final String MARKER = ".bench-pool";

    private final Path folder;
    private final int count;

    private InputPool(Path folder, int count) {
        this.folder = folder;
        this.count = count;
    }

    /** The pool in {@code folder}, generated in parallel unless it is already there. */
    public static InputPool prepare(Path folder, int count, long seed, int threads)
            throws IOException, InterruptedException {
        String marker = "seed=" + seed + " count=" + count + " generator=1\n";
        Path markerFile = folder.resolve(MARKER);
        if (Files.isRegularFile(markerFile)
                && Files.readString(markerFile, StandardCharsets.UTF_8).equals(marker)) {
            return new InputPool(folder, count);
        }
        FolderTrees.delete(folder);
        Files.createDirectories(folder);
        SubmissionGenerator generator = new SubmissionGenerator(seed);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(
                        pool.submit(
                                () -> {
                                    Files.write(folder.resolve(name(index)), generator.xlsx(index));
                                    return null;
                                }));
            }
            for (Future<?> f : done) f.get();
        } catch (ExecutionException e) {
            throw new IOException(
                    "could not generate the benchmark workbooks: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Files.writeString(markerFile, marker, StandardCharsets.UTF_8);
        return new InputPool(folder, count);
    }

    static String name(int index) {
        return String.format("%05d.xlsx", index);
    }

    public int count() {
        return count;
    }

    public Path file(int index) {
        return folder.resolve(name(index));
    }

    /** Fills {@code inbox} (created, must be empty) with the first {@code n} workbooks. */
    public void link(Path inbox, int n) throws IOException {
        Files.createDirectories(inbox);
        for (int i = 0; i < Math.min(n, count); i++) {
            Path target = inbox.resolve(name(i));
            try {
                Files.createLink(target, file(i));
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(file(i), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
