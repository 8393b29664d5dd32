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

    /**
     * A worker killed outright (SIGKILL, as the OOM killer does) runs no shutdown hook and leaves
     * its folder, named after its process id; the next start removes it.
     */
    @Test
    void theFolderOfAKilledWorkerIsRemovedByTheNextStart() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Submissions.clean(dir.resolve("inbox"), 1);
        List<String> waiting = new ArrayList<>(Child.plainJava("run", "--settle", "30"));
        waiting.add(1, "-Djava.io.tmpdir=" + tmp);
        Child run = Child.start(dir, dir.resolve("logs"), List.of("LC_ALL=C.UTF-8"), waiting);
        Path log = dir.resolve("output/logs/selfeval-" + java.time.LocalDate.now() + ".log");
        for (int i = 0;
                i < 1200
                        && !(Files.exists(log)
                                && Files.readString(log, StandardCharsets.UTF_8)
                                        .contains("确认收件文件夹中的文件已复制完成"));
                i++) {
            assertTrue(run.handle().isAlive(), run.err());
            Thread.sleep(100);
        }
        List<ProcessHandle> children = run.handle().children().toList();
        assertEquals(1, children.size(), "one worker JVM: " + children);
        ProcessHandle worker = children.get(0);

        worker.destroyForcibly();
        assertEquals(137, run.waitFor(), run.err());
        List<String> left = Submissions.names(tmp);
        assertTrue(
                left.stream().anyMatch(n -> n.startsWith("selfeval-poi-" + worker.pid() + "-")),
                "the killed worker's folder is left: " + left);

        List<String> next = new ArrayList<>(Child.plainJava("run", "--settle", "0"));
        next.add(1, "-Djava.io.tmpdir=" + tmp);
        Child.Result result = Child.run(dir, dir.resolve("logs"), List.of("LC_ALL=C.UTF-8"), next);
        assertEquals(0, result.exit(), result.toString());
        assertEquals(List.of(), Submissions.names(tmp), "swept by the next start");
    }
}
