package org.selfeval.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The four folders of a season under one test root, as run, status and record rebuild take them.
 */
public final class SeasonFolders {

    private SeasonFolders() {}

    /**
     * {@code leading} (a command, perhaps), then --inbox, --out, --archive and --failed under
     * {@code root}, then {@code trailing}.
     */
    public static String[] args(Path root, List<String> leading, String... trailing) {
        List<String> args = new ArrayList<>(leading);
        args.addAll(
                List.of(
                        "--inbox",
                        root.resolve("inbox").toString(),
                        "--out",
                        root.resolve("output").toString(),
                        "--archive",
                        root.resolve("archive").toString(),
                        "--failed",
                        root.resolve("failed").toString()));
        args.addAll(List.of(trailing));
        return args.toArray(String[]::new);
    }
}
