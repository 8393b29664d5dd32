package org.selfeval.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI's shared temporary folder ({@code <tmp>/poifiles}) taken by someone else — here a file of
 * that name, which stops every user — no longer stops a run: plain {@code java -jar selfeval.jar
 * run} (launcher and worker JVM) converts with a folder of its own under the temporary folder, and
 * leaves none behind when it ends.
 */
class PrivateTempFilesIT {

    @TempDir Path dir;

    @Test
    void aRunConvertsBesideATakenPoifilesAndLeavesNoTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(tmp.resolve("poifiles"), "someone else's", StandardCharsets.UTF_8);
        List<String> names = Submissions.clean(dir.resolve("inbox"), 2);
        List<String> command = new ArrayList<>(Child.plainJava("run", "--settle", "0"));
        command.add(1, "-Djava.io.tmpdir=" + tmp);

        Child.Result run = Child.run(dir, dir.resolve("logs"), List.of("LC_ALL=C.UTF-8"), command);

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.err().contains("报告已生成 2 份"), run.toString());
        assertTrue(
                !run.err().contains("Exception") && !run.err().contains("\tat "), run.toString());
        assertEquals(
                List.of("poifiles"),
                Submissions.names(tmp),
                "each JVM's own folder removed when it ended; the shared name untouched");
        assertEquals(
                names.size(),
                Submissions.names(
                                dir.resolve("archive")
                                        .resolve(java.time.LocalDate.now().toString()))
                        .size());
    }
}
