package org.selfeval.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.selfeval.framework.Framework;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.publish.ReportNames;
import org.selfeval.publish.SafeNames;
import org.selfeval.summary.SummaryColumn.Kind;
import org.selfeval.summary.roster.RosterEntry;

/** The columns of 汇总.csv and of the 汇总 sheet, listed once so the two never differ. */
record SummaryTable(List<SummaryColumn> columns) {

    /** The status column's header (its cells are coloured by status in the workbook). */
    static final String STATUS = "状态";

    /** The link columns' headers; the workbook shows "打开" + header as the link's text. */
    static final String REPORT = "报告";

    static final String AUDIT_REPORT = "校验报告";

    static final String REMARK = "备注";

    /** 备注's width in Excel's units: 20 Chinese characters a line. */
    static final int REMARK_WIDTH = 42;

    /** The columns for one year's board: the 一级指标 columns are those of its submissions. */
    static SummaryTable of(StatusBoard board) {
        return new SummaryTable(
                columns(
                        IndicatorColumns.of(board),
                        IndicatorColumns.totalHeader(board),
                        board.wording()));
    }

    private static List<SummaryColumn> columns(
            List<IndicatorColumns.IndicatorColumn> indicators,
            String totalHeader,
            Framework wording) {
        List<SummaryColumn> c = new ArrayList<>();
        c.add(new SummaryColumn("部门名称", 30, Kind.TEXT, DepartmentRow::name));
        c.add(new SummaryColumn("年度", 8, Kind.TEXT, DepartmentRow::year));
        c.add(new SummaryColumn("预算编码", 12, Kind.TEXT, roster(RosterEntry::budgetCode)));
        c.add(
                new SummaryColumn(
                        STATUS,
                        12,
                        Kind.TEXT,
                        r -> r.status().label(),
                        r -> r.status() != DepartmentStatus.CONVERTED));
        // a blocked department's first error is a sentence: it wraps, in a column wide enough for
        // a place and a clause a line
        c.add(
                new SummaryColumn(
                        REMARK,
                        REMARK_WIDTH,
                        Kind.NOTE,
                        DepartmentRow::remark,
                        r -> !r.remark().isEmpty()));
        c.add(new SummaryColumn("最近报送", 19, Kind.TEXT, latest(ManifestEntry::processedAt)));
        c.add(
                new SummaryColumn(
                        "版本",
                        6,
                        Kind.TEXT,
                        r ->
                                r.latest() == null || r.latest().version() < 1
                                        ? null
                                        : "v" + r.latest().version()));
        c.add(new SummaryColumn("错误数", 8, Kind.COUNT, latest(ManifestEntry::errors)));
        c.add(new SummaryColumn("警告数", 8, Kind.COUNT, latest(ManifestEntry::warnings)));
        c.add(new SummaryColumn(totalHeader, 8, Kind.SCORE, DepartmentRow::total));
        c.add(new SummaryColumn("等级", 6, Kind.TEXT, DepartmentRow::grade));
        // a blocked submission has no confirmed total; what it typed may still help the bureau, set
        // apart
        c.add(
                new SummaryColumn(
                        "自报总分（未复核）",
                        18,
                        Kind.SCORE,
                        r ->
                                r.status() == DepartmentStatus.BLOCKED
                                        ? r.latest().reportedTotal()
                                        : null));
        c.add(
                new SummaryColumn(
                        "上年总分",
                        10,
                        Kind.SCORE,
                        r -> r.previous() == null ? null : r.previous().total()));
        c.add(
                new SummaryColumn(
                        "上年等级",
                        10,
                        Kind.TEXT,
                        r -> r.previous() == null ? null : r.previous().grade()));
        c.add(new SummaryColumn("总分变化", 10, Kind.CHANGE, DepartmentRow::change));
        for (IndicatorColumns.IndicatorColumn ic : indicators) {
            c.add(new SummaryColumn(ic.header(), 10, Kind.SCORE, figure(ic.score())));
        }
        c.add(
                new SummaryColumn(
                        RateColumn.header(
                                indicators.stream()
                                        .map(IndicatorColumns.IndicatorColumn::name)
                                        .toList(),
                                wording),
                        14,
                        Kind.PERCENT,
                        figure(ManifestEntry::executionRate)));
        c.add(new SummaryColumn(REPORT, 14, Kind.LINK, link(ManifestEntry::report)));
        c.add(new SummaryColumn(AUDIT_REPORT, 14, Kind.LINK, link(ManifestEntry::auditReport)));
        c.add(new SummaryColumn("联系人", 10, Kind.TEXT, roster(RosterEntry::contact)));
        c.add(new SummaryColumn("联系电话", 14, Kind.TEXT, roster(RosterEntry::phone)));
        return List.copyOf(c);
    }

    List<String> header() {
        return columns.stream().map(SummaryColumn::header).toList();
    }

    List<String> text(DepartmentRow row) {
        return columns.stream().map(c -> c.text(row)).toList();
    }

    private static Function<DepartmentRow, Object> roster(Function<RosterEntry, String> field) {
        return r -> r.roster() == null ? null : field.apply(r.roster());
    }

    private static Function<DepartmentRow, Object> latest(Function<ManifestEntry, ?> field) {
        return r -> r.latest() == null ? null : field.apply(r.latest());
    }

    /**
     * Scores only where a report was generated: a blocked submission's figures were never
     * confirmed.
     */
    private static Function<DepartmentRow, Object> figure(Function<ManifestEntry, ?> field) {
        return r -> r.hasFigures() ? field.apply(r.latest()) : null;
    }

    /**
     * A path the manifest keeps relative to the output folder, made relative to the summary's year
     * folder.
     */
    private static Function<DepartmentRow, Object> link(Function<ManifestEntry, String> field) {
        return r -> {
            if (r.latest() == null || field.apply(r.latest()).isEmpty()) return null;
            String path = field.apply(r.latest());
            String folder = SafeNames.of(r.year(), ReportNames.UNKNOWN_YEAR) + "/";
            return path.startsWith(folder) ? path.substring(folder.length()) : "../" + path;
        };
    }
}
