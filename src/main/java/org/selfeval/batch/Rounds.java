package org.selfeval.batch;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The rounds of one {@code run}: as many as the schedule asks for, each a {@link BatchRun#round},
 * until the schedule ends or a stop is requested (Ctrl+C, SIGTERM). A continuing schedule tells
 * when the next round starts, when it begins and after every round, so an operator looking at the
 * console or the log knows the job is alive (on the console after the rounds it reports, in the log
 * after every one).
 */
public final class Rounds {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BatchRun run;
    private final Schedule schedule;
    private final StopSignal stop;
    private final Clock clock;
    private final RunLog log;

    public Rounds(BatchRun run, Schedule schedule, StopSignal stop, Clock clock, RunLog log) {
        this.run = run;
        this.schedule = schedule;
        this.stop = stop;
        this.clock = clock;
        this.log = log;
    }

    /** Runs every round; the tally of all of them. */
    public Tally runAll() throws IOException, InterruptedException {
        Tally all = new Tally();
        boolean first = true;
        boolean continuing = !(schedule instanceof Schedule.Once);
        boolean told = true; // the start is always told
        for (Duration wait; (wait = schedule.untilNext(first, clock)) != null; first = false) {
            String next = "下一轮：" + LocalDateTime.now(clock).plus(wait).format(WHEN);
            // a --watch that finds nothing every minute says so in the log only, not 1,440 console
            // lines a day
            if (continuing && told) log.progress(next);
            if (continuing && !told) log.detail(next);
            if (!wait.isZero() && stop.await(wait)) break;
            if (stop.stopRequested()) break;
            Tally round = run.round(stop::stopRequested);
            told = first || round.processed() > 0 || schedule instanceof Schedule.Daily;
            if (told) log.progress(round.summary());
            all.addAll(round);
        }
        if (stop.stopRequested()) log.progress("收到停止信号，已处理完当前提交，退出。");
        return all;
    }
}
