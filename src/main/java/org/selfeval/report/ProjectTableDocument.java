package org.selfeval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.framework.ProjectColumn;
import org.selfeval.framework.ProjectColumn.Role;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.model.Formats;
import org.selfeval.model.Num;
import org.selfeval.model.ProjectContract;
import org.selfeval.model.ProjectFundRow;
import org.selfeval.model.ProjectIndicator;
import org.selfeval.project.ProjectEvaluation;
import org.selfeval.project.ReviewedIndicator;
import org.selfeval.report.docx.Column;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.TableSpec;
import org.selfeval.report.docx.WordDocument;

/**
 * A project's 项目支出绩效自评表 as counties publish it (财预〔2020〕10号), in the framework's words: the
 * heading, 项目资金（万元） with the recomputed 执行率 and 得分, 年度总体目标, the indicators with their reviewed 得分
 * (a 复核得分 column where they differ from the self-score), and 总分 with the grade and, when a 评分规则
 * capped it, the rule.
 */
final class ProjectTableDocument {

    private static final String CHANGED_FILL = "FFF2CC";
    private static final String REVIEWED = "复核\n得分";

    private final ProjectEvaluation e;
    private final ProjectFramework f;

    ProjectTableDocument(ProjectEvaluation evaluation) {
        this.e = evaluation;
        this.f = evaluation.framework();
    }

    String title() {
        return e.year() + "年度" + e.name() + ProjectContract.TITLE;
    }

    void write(WordDocument doc) {
        doc.paragraph(StyleId.TITLE, ProjectContract.TITLE);
        doc.paragraph(StyleId.CAPTION, "（" + e.year() + "年度）");
        doc.table(heading());
        doc.paragraph(StyleId.CAPTION, ProjectContract.FUNDS_SECTION);
        doc.keepWithNext();
        doc.table(funds());
        doc.paragraph(StyleId.CAPTION, ProjectContract.GOALS_SECTION);
        doc.keepWithNext();
        doc.table(
                new TableSpec(
                        List.of(
                                Column.text(ProjectContract.PLANNED),
                                Column.text(ProjectContract.ACHIEVED)),
                        List.of(
                                List.of(
                                        orDash(e.sheet().plannedGoal().value()),
                                        orDash(e.sheet().achievedGoal().value())))));
        doc.paragraph(StyleId.CAPTION, ProjectContract.INDICATORS_SECTION);
        doc.keepWithNext();
        TableSpec indicators = indicators();
        doc.table(indicators);
        doc.paragraphs(StyleId.TABLE, notes(indicators).stream().map(Texts::tight).toList());
    }

    private TableSpec heading() {
        String unit = e.sheet().unit().isBlank() ? e.department() : e.sheet().unit().value();
        return new TableSpec(
                List.of(
                        Column.centred(ProjectContract.KEY_NAME),
                        Column.text(e.name()),
                        Column.centred("评价等级"),
                        Column.centred(e.grade().isEmpty() ? "—" : e.grade())),
                List.of(
                        List.of(
                                ProjectContract.KEY_DEPARTMENT,
                                e.department(),
                                ProjectContract.KEY_UNIT,
                                unit)));
    }

    private TableSpec funds() {
        List<Column> cols = new ArrayList<>(List.of(Column.text("项目")));
        List<ProjectColumn> fundColumns = f.columns(ProjectColumn.Part.FUNDS);
        fundColumns.forEach(
                c ->
                        cols.add(
                                Column.figure(
                                        c.role() == Role.RATE
                                                ? c.label() + "\n（%）"
                                                : twoLines(c.label()))));
        List<List<String>> rows = new ArrayList<>();
        for (ProjectFundRow r : e.sheet().funds()) {
            List<String> row = new ArrayList<>(List.of(r.name()));
            for (ProjectColumn c : fundColumns) row.add(fundCell(r, c.role()));
            rows.add(row);
        }
        return new TableSpec(cols, rows);
    }

    /** The total row prints the reviewed figures; the sources print what was typed. */
    private String fundCell(ProjectFundRow r, Role role) {
        var review = e.funds();
        if (r.total()) {
            return switch (role) {
                case INITIAL -> Formats.amount(review.initial());
                case BUDGET -> Formats.amount(review.budget());
                case EXECUTED -> Formats.amount(review.executed());
                case FUNDS_WEIGHT -> Formats.plain(review.weight());
                case RATE -> Formats.rate(review.rate());
                case FUNDS_SCORE -> Formats.plain(review.score());
                default -> "";
            };
        }
        return switch (role) {
            case INITIAL -> amount(r.initial());
            case BUDGET -> amount(r.budget());
            case EXECUTED -> amount(r.executed());
            case RATE ->
                    r.budget().present()
                                    && r.budget().value().signum() != 0
                                    && r.executed().present()
                            ? Formats.rate(
                                    r.executed()
                                            .value()
                                            .multiply(BigDecimal.valueOf(100))
                                            .divide(
                                                    r.budget().value(),
                                                    10,
                                                    java.math.RoundingMode.HALF_UP))
                            : Formats.NOT_COMPUTABLE;
            default -> Formats.NOT_COMPUTABLE;
        };
    }

    private static String amount(Num n) {
        return n.present() ? Formats.amount(n.value()) : Formats.NOT_COMPUTABLE;
    }

    private boolean changed() {
        return e.indicators().stream().anyMatch(ReviewedIndicator::changed) || e.totalChanged();
    }

    private TableSpec indicators() {
        boolean changed = changed();
        List<ProjectColumn> columns = f.columns(ProjectColumn.Part.INDICATORS);
        List<Column> cols = new ArrayList<>();
        for (ProjectColumn c : columns) {
            cols.add(
                    c.role() == Role.WEIGHT || c.role() == Role.SCORE
                            ? Column.figure(
                                    c.role() == Role.SCORE && changed ? "自评\n得分" : c.label())
                            : Column.text(twoLines(c.label())));
        }
        if (changed) cols.add(Column.figure(REVIEWED));
        List<List<String>> rows = new ArrayList<>();
        List<TableSpec.Mark> marks = new ArrayList<>();
        for (ReviewedIndicator ri : e.indicators()) {
            ProjectIndicator i = ri.indicator();
            List<String> row = new ArrayList<>();
            for (ProjectColumn c : columns) row.add(cell(i, ri, c.role(), changed));
            if (changed) {
                row.add(Formats.plain(ri.score()));
                if (ri.changed())
                    marks.add(
                            new TableSpec.Mark(
                                    rows.size(), cols.size() - 1, CHANGED_FILL, true, null));
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        for (ProjectColumn c : columns) {
            total.add(
                    switch (c.role()) {
                        case LEVEL1 -> f.required(Role.TOTAL_SCORE);
                        case WEIGHT -> Formats.plain(f.totalWeight());
                        case SCORE ->
                                changed
                                        ? (e.sheet().totalScore().present()
                                                ? Formats.plain(e.sheet().totalScore().value())
                                                : "未填")
                                        : Formats.plain(e.total());
                        default -> "";
                    });
        }
        if (changed) total.add(Formats.plain(e.total()));
        rows.add(total);
        marks.add(new TableSpec.Mark(rows.size() - 1, -1, "F2F2F2", true, null));
        return new TableSpec(cols, rows, marks, 2);
    }

    private static String cell(
            ProjectIndicator i, ReviewedIndicator ri, Role role, boolean changed) {
        return switch (role) {
            case LEVEL1 -> i.level1().value();
            case LEVEL2 -> i.level2().value();
            case LEVEL3 -> i.level3().value();
            case NATURE -> i.nature().value();
            case TARGET -> i.target().value();
            case UNIT -> i.unit().value();
            case ACTUAL -> i.actual().value();
            case WEIGHT -> Formats.plain(i.weight().value());
            case SCORE ->
                    changed
                            ? (i.score().present() ? Formats.plain(i.score().value()) : "未填")
                            : Formats.plain(ri.score());
            case DEVIATION -> i.deviation().value();
            default -> "";
        };
    }

    private List<String> notes(TableSpec indicators) {
        List<String> notes = new ArrayList<>();
        notes.add(
                "预算执行率得分"
                        + Texts.points(
                                e.funds().score() == null ? BigDecimal.ZERO : e.funds().score())
                        + "（执行率"
                        + Formats.percent(e.funds().rate())
                        + "），总分"
                        + Texts.points(e.total())
                        + "，评价等级为“"
                        + e.grade()
                        + "”。");
        if (e.cap() != null) {
            notes.add(
                    "按评分规则“"
                            + e.cap().name()
                            + "”（"
                            + e.cap().words()
                            + "），各项得分之和"
                            + Texts.points(e.sum())
                            + "，总分按"
                            + Texts.points(e.total())
                            + "计。");
        }
        if (indicators.columns().get(indicators.columns().size() - 1).header().equals(REVIEWED)) {
            notes.add("注：加底色的复核得分与自评得分不一致，总分按复核得分计算，依据见校验报告。");
        }
        return notes;
    }

    /**
     * A long header on two lines ("偏差原因分析\n及改进措施", "年度\n指标值"), so the nine columns of the national
     * form fit the A4 text width and the explanation column keeps its room.
     */
    static String twoLines(String label) {
        if (label.length() <= 4) return label;
        int and = label.indexOf('及');
        int at = and > 1 ? and : label.length() / 2;
        return label.substring(0, at) + "\n" + label.substring(at);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
