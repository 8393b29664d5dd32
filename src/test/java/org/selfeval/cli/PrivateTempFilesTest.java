package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateTempFilesTest {

    @TempDir Path base;

    /** The strategy is global: the other tests of this JVM get POI's default back. */
    @org.junit.jupiter.api.AfterEach
    void restore() {
        TempFile.setTempFileCreationStrategy(
                new org.apache.poi.util.DefaultTempFileCreationStrategy());
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
        assertNotEquals(
                mine, PrivateTempFiles.install(base), "each process (each install) its own");
    }
}
