package org.selfeval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.model.Num;
import org.selfeval.model.ProjectTableLine;
import org.selfeval.report.docx.Column;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.TableSpec;
import org.selfeval.report.docx.WordDocument;

/**
 * In the 重点项目 section, the 项目支出绩效自评表 that came with the department: the reference's sentence on the
 * projects self-evaluated ("本部门组织对…开展绩效自评，二级项目…个，共涉及资金…万元"), a table of each project's funds, score
 * and grade in the project framework's words, and a note for each capped or unscored project. Every
 * figure is the project's own (its 年度资金总额 row, its 总分 row).
 */
final class ProjectTablesListing {

    static final String SCORE = "自评得分";
    static final String GRADE = "评价等级";
    static final String NOT_SCORED = "未评分";

    private ProjectTablesListing() {}

    static void append(Evaluation e, WordDocument doc) {
        List<ProjectTableLine> lines = e.projectTables();
        if (lines.isEmpty()) return;
        doc.paragraph(StyleId.BODY, sentence(e.year(), lines));
        doc.paragraph(StyleId.CAPTION, e.year() + "年项目支出绩效自评情况");
        doc.table(table(lines));
        doc.paragraphs(StyleId.BODY, notes(lines));
    }

    static String sentence(String year, List<ProjectTableLine> lines) {
        StringBuilder s =
                new StringBuilder("本部门组织对" + year + "年度项目支出开展绩效自评，二级项目" + lines.size() + "个");
        if (lines.stream().allMatch(l -> l.budget().present())) {
            BigDecimal sum =
                    lines.stream()
                            .map(l -> l.budget().value())
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            s.append("，共涉及资金").append(Texts.wan(sum));
        }
        s.append("。其中").append(grades(lines)).append("。");
        return s.toString();
    }

    /** "自评等级为“优”的2个、“中”的1个": the framework's grades, best first (by the highest total). */
    private static String grades(List<ProjectTableLine> lines) {
        Map<String, List<ProjectTableLine>> byGrade =
                lines.stream()
                        .filter(ProjectTableLine::scored)
                        .sorted(
                                Comparator.comparing(
                                        (ProjectTableLine l) -> l.total().value(),
                                        Comparator.reverseOrder()))
                        .collect(
                                Collectors.groupingBy(
                                        ProjectTableLine::grade,
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        List<String> parts = new ArrayList<>();
        byGrade.forEach((grade, ls) -> parts.add("“" + grade + "”的" + ls.size() + "个"));
        long unscored = lines.stream().filter(l -> !l.scored()).count();
        String graded = parts.isEmpty() ? "" : "自评等级为" + String.join("、", parts);
        if (unscored == 0) return graded;
        return (graded.isEmpty() ? "" : graded + "，") + "自评表存在错误、未评分的" + unscored + "个";
    }

    static TableSpec table(List<ProjectTableLine> lines) {
        return new TableSpec(columns(lines), rows(lines));
    }

    /** The columns, unsized, in the project framework's words (全年预算数 or 调整后预算数 …). */
    static List<Column> columns(List<ProjectTableLine> lines) {
        ProjectTableLine.Labels words = lines.get(0).labels();
        return List.of(
                Column.centred("序号"),
                Column.text("项目名称"),
                Column.figure(words.budget() + "\n(万元)"),
                Column.figure(words.executed() + "\n(万元)"),
                Column.figure(words.rate() + "\n(%)"),
                Column.figure(SCORE),
                Column.centred(GRADE));
    }

    /** A row per project: its figures, score and grade, or 未评分. */
    static List<List<String>> rows(List<ProjectTableLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ProjectTableLine l = lines.get(i);
            rows.add(
                    List.of(
                            String.valueOf(i + 1),
                            name(l),
                            amount(l.budget()),
                            amount(l.executed()),
                            Formats.rate(l.rate()),
                            l.scored() ? Formats.plain(l.total().value()) : NOT_SCORED,
                            l.scored() ? l.grade() : NOT_SCORED));
        }
        return rows;
    }

    private static String amount(Num n) {
        return Formats.amount(n.value());
    }

    private static String name(ProjectTableLine l) {
        return l.name().isBlank() ? l.name().source().sheet() : l.name().value();
    }

    static List<String> notes(List<ProjectTableLine> lines) {
        List<String> notes = new ArrayList<>();
        for (ProjectTableLine l : lines) {
            if (!l.scored()) {
                notes.add(name(l) + "：项目自评表存在错误，未评分，须改正后重新报送，详见项目支出绩效自评校验报告。");
            } else if (!l.capName().isEmpty()) {
                notes.add(
                        name(l)
                                + "："
                                + l.labels().rate()
                                + Formats.percent(l.rate())
                                + "，按评分规则“"
                                + l.capName()
                                + "”（"
                                + l.capWords()
                                + "），各项得分之和"
                                + Texts.points(l.sum())
                                + "，总分按"
                                + Texts.points(l.total().value())
                                + "计。");
            }
        }
        return notes;
    }
}
