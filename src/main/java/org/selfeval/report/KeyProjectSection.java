package org.selfeval.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.model.ProjectLine;
import org.selfeval.report.docx.Column;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.TableSpec;
import org.selfeval.report.docx.WordDocument;

/**
 * （三）各重点任务项目支出完成情况分析: the list sentence, the execution table, and the explanations; then the
 * 项目支出绩效自评表 that came with the department ({@link ProjectTablesListing}).
 */
final class KeyProjectSection implements ReportSection {

    @Override
    public void append(Evaluation e, WordDocument doc) {
        doc.paragraph(StyleId.HEADING2, "（三）各重点任务项目支出完成情况分析");
        List<ProjectLine> projects = e.projects();
        if (!projects.isEmpty()) keyProjects(e, projects, doc);
        else if (e.projectTables().isEmpty())
            doc.paragraph(StyleId.BODY, "本部门" + e.year() + "年无重点项目。");
        ProjectTablesListing.append(e, doc);
    }

    private static void keyProjects(Evaluation e, List<ProjectLine> projects, WordDocument doc) {
        doc.paragraph(
                StyleId.BODY,
                "本部门"
                        + e.year()
                        + "年重点项目共有"
                        + projects.size()
                        + "个，分别为："
                        + projects.stream().map(ProjectLine::name).collect(Collectors.joining("、"))
                        + "。");
        doc.paragraph(StyleId.CAPTION, e.year() + "年重点项目预算执行情况");
        doc.table(table(projects));
        Set<String> explanations = new LinkedHashSet<>();
        e.submission().info().lines("重点项目执行说明").forEach(l -> explanations.add(Texts.sentence(l)));
        for (ProjectLine p : projects) {
            if (p.explanation() != null
                    && !p.explanation().isBlank()
                    && !explanations.contains(Texts.sentence(p.explanation()))) {
                explanations.add(p.name() + "：" + Texts.sentence(p.explanation()));
            }
        }
        doc.paragraphs(StyleId.BODY, new ArrayList<>(explanations));
    }

    static TableSpec table(List<ProjectLine> projects) {
        // As in the comparison tables, the rate's "%" is in the header.
        List<Column> cols =
                List.of(
                        Column.centred("序号"),
                        Column.text("项目名称"),
                        Column.figure("年初预算\n金额(万元)"),
                        Column.figure("调整后\n预算数(万元)"),
                        Column.figure("实际支出数\n(万元)"),
                        Column.figure("实际支出率\n(%)"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            ProjectLine p = projects.get(i);
            String seq = p.seq() == null || p.seq().isBlank() ? String.valueOf(i + 1) : p.seq();
            rows.add(
                    List.of(
                            seq,
                            p.name(),
                            Formats.amount(p.initialBudget()),
                            Formats.amount(p.adjustedBudget()),
                            Formats.amount(p.actual()),
                            rate(p)));
        }
        return new TableSpec(cols, rows);
    }

    private static String rate(ProjectLine p) {
        return p.rate() == null ? Formats.NOT_COMPUTABLE : Formats.rate(p.rate());
    }
}
