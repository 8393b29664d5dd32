package org.selfeval.cli;

import org.selfeval.batch.Tally;

/** Exit codes shared by all commands (documented in --help and the README). */
public final class ExitCodes {
    /** everything converted / no 错误. */
    public static final int OK = 0;

    /** some submission failed or has 错误. */
    public static final int FAILED = 1;

    /** bad usage or configuration. */
    public static final int USAGE = 2;

    /** internal error. */
    public static final int INTERNAL = 3;

    /** another run holds the lock. */
    public static final int LOCKED = 4;

    /** 3 when anything failed inside the program, else 1 when a submission failed, else 0. */
    static int of(Tally tally) {
        if (tally.anyInternalError()) return INTERNAL;
        if (tally.anyFailed()) return FAILED;
        return OK;
    }

    private ExitCodes() {}
}
