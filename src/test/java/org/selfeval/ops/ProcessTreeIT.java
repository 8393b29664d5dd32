package org.selfeval.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@code java -jar selfeval.jar run} carries the batch out in a worker JVM
 * (cli/BoundedJvm): the two are one process tree. Killed by PID, the launcher takes its worker with
 * it, and the locks are free for the next run; a worker killed on its own (the OOM killer) is
 * reported by the launcher in one line, on the console and in the log.
 */
class ProcessTreeIT {

    private static final List<String> UTF8 = List.of("LC_ALL=C.UTF-8");

    @TempDir Path dir;

    private Path log() {
        return dir.resolve("output/logs/selfeval-" + LocalDate.now() + ".log");
    }

    /**
     * Starts a run that waits 30 s for copies to settle, and returns it once its worker is waiting.
     */
    private Child waitingRun() throws Exception {
        Submissions.clean(dir.resolve("inbox"), 1);
        Child run =
                Child.start(
                        dir, dir.resolve("logs"), UTF8, Child.plainJava("run", "--settle", "30"));
        for (int i = 0; i < 1200; i++) {
            if (Files.exists(log())
                    && Files.readString(log(), StandardCharsets.UTF_8)
                            .contains("确认收件文件夹中的文件已复制完成")) {
                return run;
            }
            assertTrue(run.handle().isAlive(), run.err());
            Thread.sleep(100);
        }
        throw new AssertionError("the run never waited for its inbox to settle");
    }

    private static ProcessHandle worker(Child run) {
        List<ProcessHandle> children = run.handle().children().toList();
        assertEquals(1, children.size(), "one worker JVM: " + children);
        return children.get(0);
    }

    @Test
    void killingTheLauncherEndsItsWorkerAndFreesTheLocks() throws Exception {
        Child run = waitingRun();
        ProcessHandle worker = worker(run);

        run.handle()
                .destroyForcibly(); // SIGKILL of the launcher only, as a scheduler that kills by
        // PID
        long killed = System.nanoTime();
        // polled here (onExit of a process that is not our child is itself polled, with a coarser
        // step)
        for (int i = 0; i < 200 && worker.isAlive(); i++) Thread.sleep(50);
        long millis = (System.nanoTime() - killed) / 1_000_000;
        System.out.println("worker ended " + millis + " ms after its launcher was killed");

        assertFalse(worker.isAlive());
        assertTrue(Files.readString(log(), StandardCharsets.UTF_8).contains("处理进程随之退出"));
        // the locks went with it: the next run takes the inbox at once and converts the waiting
        // submission
        Child.Result next =
                Child.run(dir, dir.resolve("logs"), UTF8, Child.plainJava("run", "--settle", "0"));
        assertEquals(0, next.exit(), next.toString());
        assertTrue(next.err().contains("报告已生成 1 份"), next.toString());
    }

    @Test
    void aWorkerKilledOnItsOwnIsReportedByTheLauncher() throws Exception {
        Child run = waitingRun();
        ProcessHandle worker = worker(run);

        worker.destroyForcibly(); // SIGKILL of the worker only, as the OOM killer does
        int exit = run.waitFor();

        assertEquals(137, exit, run.err());
        List<String> told =
                run.err()
                        .lines()
                        .filter(l -> l.contains("处理进程（PID " + worker.pid() + "）"))
                        .toList();
        assertEquals(1, told.size(), run.err());
        assertTrue(
                told.get(0).contains("退出状态 137") && told.get(0).contains("SIGKILL"), told.get(0));
        assertTrue(
                Files.readString(log(), StandardCharsets.UTF_8).contains(told.get(0)),
                "and in the log");
        assertTrue(
                Files.exists(dir.resolve("inbox"))
                        && Submissions.names(dir.resolve("inbox")).stream()
                                .anyMatch(n -> n.endsWith(".xlsx")),
                "the submission waits for the next run");
    }
}
