package org.selfeval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.publish.AtomicFiles;
import org.selfeval.publish.TempFileSweeper;

/**
 * Orphaned temp files of a killed run are removed; fresh ones (a write in progress) and real files
 * stay.
 */
class TempFileSweeperTest {

    @TempDir Path root;

    @Test
    void removesOnlyOldTempFiles() throws Exception {
        Instant now = Instant.now();
        Path dept = Files.createDirectories(root.resolve("output/2023/某局"));
        Path orphan = Files.writeString(dept.resolve(AtomicFiles.TEMP_PREFIX + "123.part"), "half");
        Files.setLastModifiedTime(orphan, FileTime.from(now.minus(Duration.ofMinutes(5))));
        Path fresh =
                Files.writeString(dept.resolve(AtomicFiles.TEMP_PREFIX + "456.part"), "writing");
        Path report = Files.writeString(dept.resolve("报告.docx"), "done");
        Files.setLastModifiedTime(report, FileTime.from(now.minus(Duration.ofDays(5))));
        Path failedOrphan =
                Files.writeString(
                        Files.createDirectories(root.resolve("failed/2026-11-27"))
                                .resolve(AtomicFiles.TEMP_PREFIX + "9.part"),
                        "x");
        Files.setLastModifiedTime(failedOrphan, FileTime.from(now.minus(Duration.ofHours(1))));

        List<Path> deleted =
                TempFileSweeper.sweep(
                        now,
                        root.resolve("output"),
                        root.resolve("archive"),
                        root.resolve("failed"));

        assertEquals(2, deleted.size(), deleted.toString());
        assertFalse(Files.exists(orphan));
        assertFalse(Files.exists(failedOrphan));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(report));
    }
}
