package org.selfeval.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Deletes a folder with everything in it: the working folders of a run, an unpacked zip, a
 * converter's profile.
 */
public final class FolderTrees {

    private FolderTrees() {}

    /**
     * Deletes {@code root} and what it holds, deepest first; nothing happens when it is not there.
     */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The same for a temporary folder: what cannot be deleted is left to the system's temp
     * cleaning.
     */
    public static void deleteTemporary(Path root) {
        try {
            delete(root);
        } catch (IOException leftBehind) {
            // harmless: a temporary folder, never one the user reads
        }
    }
}
