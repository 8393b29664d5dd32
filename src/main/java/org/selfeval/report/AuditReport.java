package org.selfeval.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.ScoreCard;
import org.selfeval.model.Severity;

/** The 校验报告: a summary line, every finding with its cell and the fix, and the score review. */
final class AuditReport {

    private final Path origin;
    private final Evaluation evaluation;
    private final List<Finding> findings;

    AuditReport(Path origin, Evaluation evaluation, List<Finding> findings) {
        this.origin = origin;
        this.evaluation = evaluation;
        this.findings = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    }

    String title() {
        if (evaluation == null || evaluation.department().isEmpty()) return fileName() + " 校验报告";
        return evaluation.year() + "年度" + evaluation.department() + "绩效自评校验报告";
    }

    void write(WordDocument doc) {
        doc.paragraph(StyleId.TITLE, evaluation == null || evaluation.department().isEmpty() ? title()
                : evaluation.year() + "年度" + evaluation.department() + "\n绩效自评校验报告");
        doc.paragraph(StyleId.BODY, "来源文件：" + fileName() + "。");
        doc.paragraph(StyleId.BODY, summary());
        doc.paragraph(StyleId.HEADING1, "一、问题清单");
        if (findings.isEmpty()) {
            doc.paragraph(StyleId.BODY, "未发现问题。");
        } else {
            doc.table(findingTable());
        }
        if (evaluation != null && evaluation.scores() != null) {
            doc.paragraph(StyleId.HEADING1, "二、评分复核");
            ScoreCard card = evaluation.scores();
            doc.paragraph(StyleId.BODY, "复核总分 " + Texts.points(card.total()) + "，评价结果为“" + card.grade()
                    + "”；自评得分与复核得分不一致时，以复核得分为准。");
            doc.table(scoreTable(card));
        }
    }

    String summary() {
        long errors = Severity.ERROR.countIn(findings);
        String counts = "共发现错误 " + errors + " 项、警告 " + Severity.WARNING.countIn(findings) + " 项、提示 "
                + Severity.INFO.countIn(findings) + " 项。";
        if (evaluation == null) {
            return "文件无法读取，未生成自评报告（" + counts.replace("。", "") + "）。请按下表修改后重新提交。";
        }
        if (errors > 0) return "存在 " + errors + " 项错误，未生成自评报告，请按下表修改后重新提交。" + counts;
        return counts + (findings.isEmpty() ? "" : "自评报告已按复核后的数据生成，请核对下表所列事项。");
    }

    private String fileName() {
        return origin == null || origin.getFileName() == null ? "" : origin.getFileName().toString();
    }

    private TableSpec findingTable() {
        // 规则 shows the id over its name ("R-DIFF" / "差异复核"), 位置 the cell over the item it holds: seven columns
        // leave room for a whole amount ("22,918.66") on one line.
        List<Column> cols = List.of(Column.centred("序号", 400), Column.centred("严重程度", 550),
                Column.text("规则", 1400), Column.text("位置与项目", 1700), Column.figure("应为", 1200),
                Column.figure("填报值", 1200), Column.text("修改说明", 2395));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String where = where(f);
            String item = f.item() == null || f.item().isBlank() ? "" : f.item();
            String place = where.isEmpty() ? item : item.isEmpty() ? where : where + "\n" + item;
            rows.add(List.of(String.valueOf(i + 1), f.severity().label(), RuleNames.label(f.ruleId()), place,
                    f.expected(), f.found(), f.message()));
        }
        return new TableSpec(cols, rows);
    }

    /** sheet!cell; in a submission of several files (a folder) the file comes first: "预算表.xlsx 收入决算!C3". */
    private String where(Finding f) {
        if (f.source() == null) return "";
        String file = f.source().file();
        String cell = f.source().sheetCell();
        if (file == null || file.isEmpty()) return cell;
        if (cell.isEmpty() || !file.equals(fileName())) return cell.isEmpty() ? file : file + " " + cell;
        return cell;
    }

    private static TableSpec scoreTable(ScoreCard card) {
        List<Column> cols = List.of(Column.text("一级/二级指标", 3445), Column.figure("分值", 1800),
                Column.figure("自评得分", 1800), Column.figure("复核得分", 1800));
        List<List<String>> rows = new ArrayList<>();
        for (GroupScore g : card.groups()) {
            rows.add(scoreRow(g.name(), g));
            for (GroupScore c : g.children()) rows.add(scoreRow("　　" + c.name(), c));
        }
        java.math.BigDecimal weight = card.groups().stream().map(GroupScore::weight).filter(java.util.Objects::nonNull)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        rows.add(List.of("合计（评价结果：" + card.grade() + "）", Formats.plain(weight), reported(card.reportedTotal()),
                Formats.plain(card.total())));
        return new TableSpec(cols, rows);
    }

    private static List<String> scoreRow(String label, GroupScore g) {
        return List.of(label, Formats.plain(g.weight()), reported(g.selfReported()), Formats.plain(g.score()));
    }

    private static String reported(java.math.BigDecimal v) {
        return v == null ? "未填" : Formats.plain(v);
    }
}
