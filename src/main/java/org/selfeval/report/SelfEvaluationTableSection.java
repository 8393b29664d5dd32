package org.selfeval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.IndicatorRow;
import org.selfeval.model.IndicatorScore;
import org.selfeval.model.ScoreCard;

/**
 * 附表：部门整体支出绩效自评表, the table finance bureaus check first: every indicator of the score card under its
 * 一级 and 二级 group (whatever the framework calls them), with 小计 rows, the 合计, and the rescored 得分 beside
 * the department's own where they differ.
 */
final class SelfEvaluationTableSection implements ReportSection {

    /** Subtotal and total rows: bold on a light fill. */
    private static final String SUBTOTAL_FILL = "F2F2F2";
    /** A rescored 得分 that differs from the department's. */
    private static final String RESCORED_FILL = "FFF2CC";

    private static final int RESCORED_COLUMNS = 9;

    @Override
    public void append(Evaluation e, WordDocument doc) {
        ScoreCard card = e.scores();
        if (card == null || card.groups().isEmpty()) return;
        doc.newPage();
        doc.paragraph(StyleId.HEADING1, "附表");
        doc.paragraph(StyleId.CAPTION, "部门整体支出绩效自评表");
        TableSpec table = table(card);
        doc.table(table);
        if (table.columns().size() == RESCORED_COLUMNS) {
            doc.paragraph(StyleId.BODY, "注：“复核得分”栏列出复核得分与部门自评得分不一致的指标，总分以复核得分计算。");
        }
    }

    static TableSpec table(ScoreCard card) {
        boolean rescored = differs(card);
        List<Column> cols = new ArrayList<>(List.of(Column.text("一级\n指标"), Column.text("二级\n指标"),
                Column.text("三级\n指标"), Column.text("指标内容"), Column.text("年度\n指标值"), Column.text("实际\n完成值"),
                Column.figure("分值"), Column.figure("自评\n得分")));
        if (rescored) cols.add(Column.figure("复核\n得分"));
        List<List<String>> rows = new ArrayList<>();
        List<TableSpec.Mark> marks = new ArrayList<>();
        for (GroupScore level1 : card.groups()) {
            List<GroupScore> level2s = level1.children().isEmpty() ? List.of(level1) : level1.children();
            for (GroupScore level2 : level2s) {
                String name2 = level2 == level1 ? "" : level2.name();
                for (IndicatorScore ind : level2.indicators()) {
                    IndicatorRow r = ind.row();
                    rows.add(row(rescored, level1.name(), name2, r.level3().value(), r.content().value(),
                            withUnit(r.target().value(), r.unit().value()), withUnit(r.actual().value(), r.unit().value()),
                            ind.weight(), ind.reportedScore(), ind.score()));
                    markRescored(marks, rows.size() - 1, rescored, ind.reportedScore(), ind.score());
                }
                if (level2 != level1) {
                    rows.add(row(rescored, level1.name(), name2, "小计", "", "", "", level2.weight(),
                            level2.selfReported(), level2.score()));
                    marks.add(new TableSpec.Mark(rows.size() - 1, -1, SUBTOTAL_FILL, true, null));
                    markRescored(marks, rows.size() - 1, rescored, level2.selfReported(), level2.score());
                }
            }
            rows.add(row(rescored, level1.name(), "小计", "", "", "", "", level1.weight(), level1.selfReported(),
                    level1.score()));
            marks.add(new TableSpec.Mark(rows.size() - 1, -1, SUBTOTAL_FILL, true, null));
            markRescored(marks, rows.size() - 1, rescored, level1.selfReported(), level1.score());
        }
        BigDecimal weight = card.groups().stream().map(GroupScore::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        rows.add(row(rescored, "合计", "", "", "", "", "", weight, card.reportedTotal(), card.total()));
        marks.add(new TableSpec.Mark(rows.size() - 1, -1, SUBTOTAL_FILL, true, null));
        markRescored(marks, rows.size() - 1, rescored, card.reportedTotal(), card.total());
        // 一级 and 二级 names merge downwards over their indicators.
        return new TableSpec(cols, rows, marks, 2);
    }

    private static List<String> row(boolean rescored, String level1, String level2, String level3, String content,
                                    String target, String actual, BigDecimal weight, BigDecimal reported, BigDecimal score) {
        List<String> cells = new ArrayList<>(List.of(level1, level2, level3, content, target, actual,
                Formats.plain(weight), reported == null ? "" : Formats.plain(reported)));
        if (rescored) cells.add(same(reported, score) ? "" : Formats.plain(score));
        return cells;
    }

    private static void markRescored(List<TableSpec.Mark> marks, int row, boolean rescored, BigDecimal reported,
                                     BigDecimal score) {
        if (rescored && !same(reported, score)) marks.add(new TableSpec.Mark(row, RESCORED_COLUMNS - 1, RESCORED_FILL, true, null));
    }

    /** Whether any score, subtotal or the total was rescored. */
    static boolean differs(ScoreCard card) {
        if (!same(card.reportedTotal(), card.total())) return true;
        for (GroupScore g1 : card.groups()) {
            if (!same(g1.selfReported(), g1.score())) return true;
            for (GroupScore g2 : g1.children()) if (!same(g2.selfReported(), g2.score())) return true;
        }
        return card.groups().stream()
                .flatMap(g -> Stream.concat(g.indicators().stream(), g.children().stream().flatMap(c -> c.indicators().stream())))
                .anyMatch(i -> !same(i.reportedScore(), i.score()));
    }

    /** Equal as shown (2 decimals): a rescore that only rounds differently is not a difference. */
    private static boolean same(BigDecimal reported, BigDecimal score) {
        return Formats.plain(reported).equals(Formats.plain(score));
    }

    /** "150" + "台" → "150台"; a value that already ends with its unit, or has none, is kept. */
    private static String withUnit(String value, String unit) {
        if (value.isEmpty() || unit.isEmpty() || value.endsWith(unit)) return value;
        return value + unit;
    }
}
