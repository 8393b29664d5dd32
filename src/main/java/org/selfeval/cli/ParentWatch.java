package org.selfeval.cli;

import java.util.Optional;

/**
 * The worker JVM of a bounded run ({@link BoundedJvm}) ends with the process that started it: a
 * scheduler that kills the launcher by its PID must not leave an orphan converting on and holding
 * the run's locks. Its standard input is a pipe the parent never writes: the system closes it the
 * moment the parent dies, however it dies, and a daemon thread blocked reading it halts the worker
 * at once. Another looks at the parent five times a second besides (an input not from the parent).
 * What the worker was publishing is safe as after a SIGKILL of the whole run: each step leaves a
 * state the next run completes.
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
        Thread input = new Thread(() -> awaitEndOfInput(watched), "selfeval-parent-pipe");
        input.setDaemon(true);
        input.start();
    }

    /** Blocks on the parent's pipe; its end (the parent gone) ends the worker. */
    private static void awaitEndOfInput(ProcessHandle parent) {
        try {
            while (System.in.read() >= 0) {
                // the parent writes nothing; whatever comes is ignored
            }
        } catch (java.io.IOException e) {
            // an input that cannot be read says nothing of the parent: the polling watch stays
            return;
        }
        // the pipe closes as the parent exits, a moment before the system hands this process on;
        // an input that merely ended (not the parent's pipe) leaves the polling watch to it
        for (int i = 0; i < 100 && stillMine(parent); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
        if (!stillMine(parent)) gone(parent);
    }

    private static void watch(ProcessHandle parent) {
        while (stillMine(parent)) {
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
        gone(parent);
    }

    private static synchronized void gone(ProcessHandle parent) {
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
