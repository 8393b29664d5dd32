package org.selfeval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.selfeval.publish.FolderTrees;

/**
 * POI keeps its temporary files in one folder shared by every process of the machine ({@code
 * <tmp>/poifiles}): created by another user, or a file of that name, it made every run fail. Each
 * process gets a folder of its own instead (owner-only, unique name), removed when the process
 * ends.
 */
final class PrivateTempFiles {

    private PrivateTempFiles() {}

    /** Points POI at a new private folder under {@code base}; the folder. */
    static Path install(Path base) throws IOException {
        Path folder = Files.createTempDirectory(base, "selfeval-poi-");
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> FolderTrees.deleteTemporary(folder),
                                "selfeval-temp-cleanup"));
        return folder;
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
