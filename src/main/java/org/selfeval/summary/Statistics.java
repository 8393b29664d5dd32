package org.selfeval.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.publish.RefusedFile;

/**
 * The 统计 sheet's figures for one year: departments per status and per grade, and the mean and
 * median total of the generated reports (unrounded; null when there is none), and the files refused
 * for their format or name.
 */
public record Statistics(
        String year,
        Map<DepartmentStatus, Long> byStatus,
        Map<String, Long> byGrade,
        BigDecimal mean,
        BigDecimal median,
        long notOnRoster,
        long gradeDrops,
        int unattributed,
        List<RefusedFile> refused,
        long refusedUnattributed) {

    public static Statistics of(StatusBoard board) {
        Map<DepartmentStatus, Long> byStatus = new EnumMap<>(DepartmentStatus.class);
        for (DepartmentStatus s : DepartmentStatus.values()) byStatus.put(s, board.count(s));
        Map<String, Long> byGrade = new LinkedHashMap<>();
        GradeOrder.GRADES.forEach(g -> byGrade.put(g, 0L));
        List<BigDecimal> totals = new ArrayList<>();
        for (DepartmentRow r : board.rows()) {
            if (!r.hasFigures()) continue;
            byGrade.merge(r.grade().isEmpty() ? "（无等级）" : r.grade(), 1L, Long::sum);
            if (r.total() != null) totals.add(r.total());
        }
        Collections.sort(totals);
        long drops = board.rows().stream().filter(DepartmentRow::gradeDropped).count();
        return new Statistics(
                board.year(),
                byStatus,
                byGrade,
                mean(totals),
                median(totals),
                board.notOnRoster().size(),
                drops,
                board.unattributed(),
                board.refused(),
                board.refusedUnattributed());
    }

    public long departments() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    private static BigDecimal mean(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) return null;
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(sorted.size()), 10, RoundingMode.HALF_UP);
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) return null;
        int mid = sorted.size() / 2;
        if (sorted.size() % 2 == 1) return sorted.get(mid);
        return sorted.get(mid - 1)
                .add(sorted.get(mid))
                .divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP);
    }
}
