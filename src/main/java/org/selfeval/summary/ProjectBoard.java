package org.selfeval.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.ProjectVerdict;
import org.selfeval.publish.ReportNames;
import org.selfeval.publish.SafeNames;

/**
 * The bureau's view of one year's 项目支出绩效自评表: a row per project (its department and name), the
 * latest verdict on it winning (a corrected table delivered again replaces the blocked one),
 * blocked projects first; and the figures of the 统计 sheet.
 */
public record ProjectBoard(String year, List<ProjectVerdict> rows) {

    public ProjectBoard {
        rows = List.copyOf(rows);
    }

    /** The years the projects' verdicts name. */
    public static List<String> years(List<ProjectVerdict> verdicts) {
        return verdicts.stream().map(ProjectVerdict::year).distinct().toList();
    }

    public static ProjectBoard of(String year, List<ProjectVerdict> verdicts) {
        Map<String, ProjectVerdict> latest = new LinkedHashMap<>();
        for (ProjectVerdict v : verdicts) {
            if (!v.year().equals(year)) continue;
            latest.remove(key(v)); // the latest verdict takes the place of the earlier
            latest.put(key(v), v);
        }
        List<ProjectVerdict> rows = new ArrayList<>(latest.values());
        rows.sort(
                Comparator.comparing((ProjectVerdict v) -> v.status() != Status.BLOCKED)
                        .thenComparing(ProjectVerdict::department)
                        .thenComparing(ProjectVerdict::project));
        return new ProjectBoard(year, rows);
    }

    private static String key(ProjectVerdict v) {
        return v.department() + "\u0000" + v.project();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public long count(Status status) {
        return rows.stream().filter(v -> v.status() == status).count();
    }

    /** Projects per grade, of those whose table was published, in the grades' order. */
    public Map<String, Long> byGrade() {
        Map<String, Long> grades = new LinkedHashMap<>();
        GradeOrder.GRADES.forEach(g -> grades.put(g, 0L));
        for (ProjectVerdict v : rows) {
            if (v.status() != Status.CONVERTED) continue;
            grades.merge(v.grade().isEmpty() ? "（无等级）" : v.grade(), 1L, Long::sum);
        }
        return grades;
    }

    /** The mean total of the published tables, unrounded; null when there is none. */
    public BigDecimal meanTotal() {
        List<BigDecimal> totals =
                rows.stream()
                        .filter(v -> v.status() == Status.CONVERTED && v.total() != null)
                        .map(ProjectVerdict::total)
                        .toList();
        if (totals.isEmpty()) return null;
        return totals.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 10, RoundingMode.HALF_UP);
    }

    /**
     * What the bureau should know beside the status: a blocked project's first error (as its 校验报告
     * lists it first; none for a verdict recorded before first errors were kept), the counts of
     * errors and warnings, the source.
     */
    public static String remark(ProjectVerdict v) {
        List<String> parts = new ArrayList<>();
        if (v.status() == Status.BLOCKED && !v.firstError().isEmpty())
            parts.add(DepartmentRow.FIRST_ERROR + v.firstError());
        if (v.errors() > 0) parts.add(v.errors() + " 项错误，见校验报告");
        if (v.warnings() > 0) parts.add(v.warnings() + " 项警告");
        parts.add("来自 " + v.source() + (v.sheet().isEmpty() ? "" : "（" + v.sheet() + "）"));
        return DepartmentRow.notes(parts);
    }

    /**
     * A path the record keeps relative to the output folder, made relative to this year's folder
     * (where 汇总 lies); null when there is none.
     */
    public String link(String path) {
        if (path.isEmpty()) return null;
        String folder = SafeNames.of(year, ReportNames.UNKNOWN_YEAR) + "/";
        return path.startsWith(folder) ? path.substring(folder.length()) : "../" + path;
    }
}
