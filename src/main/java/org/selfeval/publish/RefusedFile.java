package org.selfeval.publish;

/**
 * A file the run received but could not take as a submission (its format, its name, a zip of
 * several departments, a time-out): filed in failed/ with its reason, not a verdict on content, but
 * still in the bureau's view. {@code department} is the roster department its name reveals ("" when
 * none); {@code year} is the year being collected when it was received, fixed then so the file does
 * not move between years later.
 */
public record RefusedFile(
        String file, String department, String year, String result, String receivedAt) {

    /** A file not in a form selfeval takes (another format, a zip of several submissions). */
    public static final String FORMAT = "格式不支持";

    /** A file that could not be read at all (permission, time-out, a zip that does not unpack). */
    public static final String UNREADABLE = "无法读取";

    /**
     * Whether it leaves its department 无法读取 rather than 格式不支持: a refusal's result begins with the
     * status it stands for ("无法读取：处理超时…"); one recorded before results named it reads as 格式不支持, as
     * it was shown then.
     */
    public boolean unreadable() {
        return result.startsWith(UNREADABLE + "：");
    }
}
