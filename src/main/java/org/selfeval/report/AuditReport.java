package org.selfeval.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKinds;
import org.selfeval.model.FindingOrder;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.ScoreCard;
import org.selfeval.model.Severity;
import org.selfeval.report.docx.Column;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.TableSpec;
import org.selfeval.report.docx.WordDocument;

/** The 校验报告: a summary line, every finding with its cell and the fix, and the score review. */
final class AuditReport {

    private final Path origin;
    private final Evaluation evaluation;
    private final List<Finding> findings;
    private final FindingKinds kinds;

    AuditReport(Path origin, Evaluation evaluation, List<Finding> findings, FindingKinds kinds) {
        this.origin = origin;
        this.kinds = kinds;
        this.evaluation = evaluation;
        this.findings = FindingOrder.sorted(findings);
    }

    String title() {
        if (evaluation == null || evaluation.department().isEmpty()) return fileName() + " 校验报告";
        return yearPrefix() + evaluation.department() + "绩效自评校验报告";
    }

    /** "2023年度", or nothing when the year is blank (never a bare "年度"). */
    private String yearPrefix() {
        String year = evaluation.year() == null ? "" : evaluation.year().strip();
        return year.isEmpty() ? "" : year + "年度";
    }

    void write(WordDocument doc) {
        doc.paragraph(
                StyleId.TITLE,
                evaluation == null || evaluation.department().isEmpty()
                        ? title()
                        : yearPrefix() + evaluation.department() + "\n绩效自评校验报告");
        doc.paragraph(StyleId.BODY, "来源文件：" + fileName() + "。");
        doc.paragraph(StyleId.BODY, summary());
        doc.paragraph(StyleId.HEADING1, "一、问题清单");
        if (findings.isEmpty()) {
            doc.paragraph(StyleId.BODY, "未发现问题。");
        } else {
            doc.table(findingTable());
        }
        if (evaluation != null && evaluation.scores() != null && !evaluation.scores().scored()) {
            doc.paragraph(StyleId.HEADING1, "二、评分复核");
            doc.paragraph(StyleId.BODY, "绩效指标表没有可读取的指标行，未评分：请先按上表改正。");
        } else if (evaluation != null && evaluation.scores() != null) {
            doc.paragraph(StyleId.HEADING1, "二、评分复核");
            ScoreCard card = evaluation.scores();
            // the bureau may run several frameworks: the audit report says which one the scores
            // follow
            doc.paragraph(StyleId.BODY, "评分依据的指标体系：" + card.framework().title() + "。");
            doc.keepWithNext(); // heading, both lines and the table stay on one page
            doc.paragraph(
                    StyleId.BODY,
                    "复核总分"
                            + Texts.points(card.total())
                            + "，评价结果为“"
                            + card.grade()
                            + "”；自评得分与复核得分不一致时（下表中加粗、底色标出），以复核得分为准。");
            doc.keepWithNext();
            doc.table(scoreTable(card));
        }
    }

    /** One sentence with the counts, said once. */
    String summary() {
        long errors = Severity.ERROR.countIn(findings);
        String counts =
                "共发现错误"
                        + errors
                        + "项、警告"
                        + Severity.WARNING.countIn(findings)
                        + "项、提示"
                        + Severity.INFO.countIn(findings)
                        + "项";
        if (evaluation == null) return "文件无法读取，未生成自评报告（" + counts + "）。请按下表修改后重新提交。";
        if (errors > 0) return counts + "，未生成自评报告：请按下表改正错误后重新提交。";
        return counts + "。" + (findings.isEmpty() ? "" : "自评报告已按复核后的数据生成，请核对下表所列事项。");
    }

    private String fileName() {
        return origin == null || origin.getFileName() == null
                ? ""
                : origin.getFileName().toString();
    }

    private TableSpec findingTable() {
        // The rule in words (its kind's name) under its severity: an id like "R-X-PROJECT-FUNDS"
        // means nothing to a clerk and wraps mid-token. 修改说明, the column a clerk reads, takes the
        // room the others leave (ColumnWidths). The place and the item share a column, each on
        // lines of its own (as in the project tables' 校验报告): with seven columns 修改说明 kept about
        // six characters a line. A reference is never broken after "!" ("绩效指标!" / "K43"), nor a
        // file name: ColumnWidths keeps them whole.
        List<Column> cols =
                List.of(
                        Column.centred("序号"),
                        Column.centred("严重程度\n规则"),
                        Column.text(PLACE),
                        Column.figure("应为"),
                        Column.figure("填报值"),
                        Column.text("修改说明"));
        List<List<String>> rows = new ArrayList<>();
        List<TableSpec.Mark> marks = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String item = f.item() == null || f.item().isBlank() ? "" : f.item();
            String rule = kinds.name(f.ruleId());
            rows.add(
                    List.of(
                            String.valueOf(i + 1),
                            f.severity().label() + "\n" + (rule.isEmpty() ? f.ruleId() : rule),
                            lines(where(f), item),
                            unbroken(f.expected()),
                            unbroken(f.found()),
                            Texts.tight(f.message())));
            marks.add(severityMark(i, f.severity()));
        }
        return new TableSpec(cols, rows).marked(marks);
    }

    /**
     * 错误 bold red on pink, 警告 bold brown on yellow, 提示 grey: told apart on screen and, by weight,
     * on paper.
     */
    static TableSpec.Mark severityMark(int row, Severity severity) {
        return switch (severity) {
            case ERROR -> new TableSpec.Mark(row, 1, "FDE9E7", true, "C00000");
            case WARNING -> new TableSpec.Mark(row, 1, "FFF2CC", true, "9C5700");
            case INFO -> new TableSpec.Mark(row, 1, null, false, "595959");
        };
    }

    /** "≤ 22,918.41" never breaks after the sign. */
    static String unbroken(String value) {
        return value == null ? "" : value.replaceAll("([≤≥<>=≠]) ", "$1\u00A0");
    }

    /** The header of the column of places and items. */
    static final String PLACE = "位置与项目";

    private static String lines(String where, String item) {
        if (where.isEmpty()) return item;
        return item.isEmpty() ? where : where + "\n" + item;
    }

    /**
     * sheet!cell; in a submission of several files (a folder) the file comes first, on a line of
     * its own: "预算表.xlsx" over "收入决算!C3".
     */
    private String where(Finding f) {
        if (f.source() == null) return "";
        String file = f.source().file();
        String cell = f.source().sheetCell();
        if (file == null || file.isEmpty()) return cell;
        if (cell.isEmpty() || !file.equals(fileName()))
            return cell.isEmpty() ? file : file + "\n" + cell;
        return cell;
    }

    /** The score review; a row whose 自评得分 differs from the 复核得分 is bold on yellow. */
    private static TableSpec scoreTable(ScoreCard card) {
        List<Column> cols =
                List.of(
                        Column.text("一级/二级指标"),
                        Column.figure("分值"),
                        Column.figure("自评得分"),
                        Column.figure("复核得分"));
        List<List<String>> rows = new ArrayList<>();
        List<TableSpec.Mark> marks = new ArrayList<>();
        for (GroupScore g : card.groups()) {
            addScoreRow(rows, marks, g.name(), g.weight(), g.selfReported(), g.score());
            for (GroupScore c : g.children())
                addScoreRow(rows, marks, "　　" + c.name(), c.weight(), c.selfReported(), c.score());
        }
        java.math.BigDecimal weight =
                card.groups().stream()
                        .map(GroupScore::weight)
                        .filter(java.util.Objects::nonNull)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        addScoreRow(
                rows,
                marks,
                "合计（评价结果：" + card.grade() + "）",
                weight,
                card.reportedTotal(),
                card.total());
        return new TableSpec(cols, rows).marked(marks);
    }

    private static void addScoreRow(
            List<List<String>> rows,
            List<TableSpec.Mark> marks,
            String label,
            java.math.BigDecimal weight,
            java.math.BigDecimal reported,
            java.math.BigDecimal score) {
        rows.add(List.of(label, Formats.plain(weight), reported(reported), Formats.plain(score)));
        if (!reported(reported).equals(Formats.plain(score)))
            marks.add(new TableSpec.Mark(rows.size() - 1, -1, "FFF2CC", true, null));
    }

    private static String reported(java.math.BigDecimal v) {
        return v == null ? "未填" : Formats.plain(v);
    }
}
