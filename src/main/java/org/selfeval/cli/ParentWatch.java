package org.selfeval.cli;

import java.util.Optional;

/**
 * The worker JVM of a bounded run ({@link BoundedJvm}) ends with the process that started it: a
 * scheduler that kills the launcher by its PID must not leave an orphan converting on and holding
 * the run's locks. A daemon thread looks at the parent four times a second; once it is gone the
 * worker halts at once. What it was publishing is safe as after a SIGKILL of the whole run: each
 * step leaves a state the next run completes.
 */
final class ParentWatch {

    static final long INTERVAL_MILLIS = 200;

    private ParentWatch() {}

    /** Starts watching this process's parent, when it has one. */
    static void start() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) return;
        ProcessHandle watched =
                parent.get(); // a handle knows its process's start time: a reused PID is not it
        Thread t = new Thread(() -> watch(watched), "selfeval-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void watch(ProcessHandle parent) {
        while (stillMine(parent)) {
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
        // System.err is the run's log file while a run works
        System.err.println(
                "启动本处理进程的 selfeval（PID "
                        + parent.pid()
                        + "）已结束，处理进程随之退出；"
                        + "未完成的提交留在收件文件夹，下次运行时重试。");
        System.err.flush();
        Runtime.getRuntime().halt(ExitCodes.INTERNAL);
    }

    /**
     * The parent still runs and is still this process's parent. A killed parent stays "alive" as a
     * zombie until its own parent reaps it, but its children are handed to init (or a subreaper)
     * the moment it dies: either sign ends the worker.
     */
    private static boolean stillMine(ProcessHandle parent) {
        return parent.isAlive()
                && ProcessHandle.current().parent().map(p -> p.pid() == parent.pid()).orElse(false);
    }
}
