package org.selfeval.summary;

import java.util.List;

/**
 * The grades from best to worst (财预〔2020〕10号), to tell a drop from last year and to order the 统计
 * sheet.
 */
final class GradeOrder {

    static final List<String> GRADES = List.of("优", "良", "中", "差");

    private GradeOrder() {}

    /** True when both grades are known and {@code now} is worse than {@code before}. */
    static boolean dropped(String before, String now) {
        int b = GRADES.indexOf(before);
        int n = GRADES.indexOf(now);
        return b >= 0 && n >= 0 && n > b;
    }
}
