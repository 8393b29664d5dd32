package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.publish.Manifest;

/**
 * --watch tells the next round on the console after the rounds it reports, and in the log after
 * every round.
 */
class RoundsTest {

    @TempDir Path root;

    @Test
    void emptyWatchRoundsTellTheNextRoundInTheLogOnly() throws Exception {
        BatchFolders folders =
                new BatchFolders(
                        root.resolve("inbox"),
                        root.resolve("output"),
                        root.resolve("archive"),
                        root.resolve("failed"));
        folders.create(true);
        FakeStages.workbook(folders.inbox().resolve("甲.xlsx"), RunCommandTest.GOOD, "2023");
        StringWriter console = new StringWriter();
        StopSignal stop = new StopSignal();
        Tally all;
        try (RunLog log =
                RunLog.open(folders.out(), new PrintWriter(console, true), RunCommandTest.CLOCK)) {
            BatchRun run =
                    new BatchRun(
                            FakeStages.pipeline(),
                            folders,
                            Manifest.load(folders.out()),
                            new Settler(Duration.ZERO, d -> {}),
                            1,
                            RunCommandTest.CLOCK,
                            log);
            Path logFile = root.resolve("output/logs/selfeval-" + RunCommandTest.DAY + ".log");
            Thread stopper =
                    new Thread(
                            () -> {
                                // stops once a few empty rounds have been logged (or after 60 s,
                                // and the count below fails)
                                for (int i = 0; i < 600 && nextRoundsIn(logFile) < 5; i++) {
                                    try {
                                        Thread.sleep(100);
                                    } catch (InterruptedException e) {
                                        break;
                                    }
                                }
                                stop.requestStop();
                            });
            stopper.start();
            all =
                    new Rounds(
                                    run,
                                    new Schedule.Watch(Duration.ofMillis(20)),
                                    stop,
                                    RunCommandTest.CLOCK,
                                    log)
                            .runAll();
            stopper.join();
        }

        assertEquals(1, all.converted());
        // at the start, and after the one round that converted something
        assertEquals(
                2,
                console.toString().lines().filter(l -> l.startsWith("下一轮：")).count(),
                console.toString());
        String logged =
                Files.readString(
                        root.resolve("output/logs/selfeval-" + RunCommandTest.DAY + ".log"),
                        StandardCharsets.UTF_8);
        assertTrue(
                nextRoundsIn(root.resolve("output/logs/selfeval-" + RunCommandTest.DAY + ".log"))
                        >= 5,
                "every round in the log: " + logged);
        assertTrue(console.toString().contains("收到停止信号"), console.toString());
    }

    private static long nextRoundsIn(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.contains(" 下一轮："))
                    .count();
        } catch (java.io.IOException notYet) {
            return 0;
        }
    }
}
