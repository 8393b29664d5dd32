package org.selfeval.publish;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The season's record cannot be read as a whole (a torn or garbled line in the old CSV manifest, a
 * truncated or overwritten database file). Nothing is guessed and nothing is dropped: the run stops
 * before touching any input, naming the file and the place, and the operator repairs or rebuilds
 * the record ({@code selfeval record rebuild}).
 */
public final class RecordDamaged extends IOException {

    private final transient Path file;
    private final String place;

    public RecordDamaged(Path file, String place, Throwable cause) {
        super("处理记录 " + file + " 已损坏（" + place + "）", cause);
        this.file = file;
        this.place = place;
    }

    public Path file() {
        return file;
    }

    public String place() {
        return place;
    }

    /** The one line told to the operator: what, where, and the command that repairs it. */
    public String line(String repairCommand) {
        return getMessage()
                + "，本次未处理任何提交，收件文件夹未改动。请运行 "
                + repairCommand
                + " 从输出、归档和失败文件夹重建处理记录（损坏的文件改名保留）";
    }
}
