package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateTempFilesTest {

    @TempDir Path base;

    private final String sqliteTmpdir = System.getProperty("org.sqlite.tmpdir");

    /**
     * The strategy and sqlite-jdbc's folder are global: the other tests of this JVM get the
     * defaults back.
     */
    @org.junit.jupiter.api.AfterEach
    void restore() {
        TempFile.setTempFileCreationStrategy(
                new org.apache.poi.util.DefaultTempFileCreationStrategy());
        if (sqliteTmpdir == null) System.clearProperty("org.sqlite.tmpdir");
        else System.setProperty("org.sqlite.tmpdir", sqliteTmpdir);
    }

    @Test
    void poiWritesIntoAPrivateFolderEvenWhenTheSharedOneIsUnusable() throws Exception {
        // what broke every run: the shared folder taken (here by a file, which stops root as well
        // as anyone)
        Files.writeString(base.resolve("poifiles"), "someone else's");

        Path mine = PrivateTempFiles.install(base);
        File temp = TempFile.createTempFile("sheet", ".xml");

        assertEquals(mine, temp.toPath().getParent());
        assertEquals(
                "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)));
        assertEquals(mine.toString(), System.getProperty("org.sqlite.tmpdir"), "sqlite's too");
        assertNotEquals(
                mine, PrivateTempFiles.install(base), "each process (each install) its own");
    }

    /**
     * A worker killed outright (SIGKILL) left its folder: the next start removes it, once its
     * process is gone, and keeps the folder of a process still running (another run).
     */
    @Test
    void theNextStartSweepsTheFolderOfAKilledProcessAndKeepsALiveOnes() throws Exception {
        Process dead = new ProcessBuilder("sleep", "60").start();
        long deadPid = dead.pid();
        Path left = Files.createDirectory(base.resolve("selfeval-poi-" + deadPid + "-123"));
        Files.createDirectory(left.resolve("poifiles"));
        Files.writeString(left.resolve("poifiles/sheet123.xml"), "<sheet/>");
        dead.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook ran
        Process live = new ProcessBuilder("sleep", "60").start();
        try {
            Path running =
                    Files.createDirectory(base.resolve("selfeval-poi-" + live.pid() + "-456"));
            Files.writeString(running.resolve("sheet456.xml"), "<sheet/>");
            Path notOurs = Files.createDirectory(base.resolve("selfeval-poix-" + deadPid + "-7"));
            Path oldName = Files.createDirectory(base.resolve("selfeval-poi-8d7f6e"));

            Path mine = PrivateTempFiles.install(base);

            assertTrue(
                    mine.getFileName()
                            .toString()
                            .startsWith("selfeval-poi-" + ProcessHandle.current().pid() + "-"),
                    mine.toString());
            assertFalse(Files.exists(left), "the killed process's folder is swept");
            assertTrue(Files.exists(running.resolve("sheet456.xml")), "a live run's folder stays");
            assertTrue(Files.exists(notOurs) && Files.exists(oldName), "only our names");
            assertTrue(Files.isDirectory(mine));
        } finally {
            live.destroyForcibly().waitFor();
        }
    }
}
