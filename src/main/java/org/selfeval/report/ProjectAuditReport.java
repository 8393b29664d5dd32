package org.selfeval.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKinds;
import org.selfeval.model.Formats;
import org.selfeval.model.Severity;
import org.selfeval.project.ProjectEvaluation;
import org.selfeval.project.ProjectFindings;
import org.selfeval.report.docx.Column;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.TableSpec;
import org.selfeval.report.docx.WordDocument;

/**
 * The 校验报告 of a submission's project tables: one line per project (score, grade, whether its table
 * was written), then every finding with its cell, the value to apply and the fix — the same columns
 * as the department's 校验报告.
 */
final class ProjectAuditReport {

    private final Path origin;
    private final List<ProjectEvaluation> projects;
    private final List<Finding> findings;
    private final FindingKinds readerKinds;

    ProjectAuditReport(
            Path origin,
            List<ProjectEvaluation> projects,
            List<Finding> readFindings,
            FindingKinds readerKinds) {
        this.origin = origin;
        this.readerKinds = readerKinds;
        this.projects = projects;
        List<Finding> all = new ArrayList<>(readFindings);
        projects.forEach(p -> all.addAll(p.findings()));
        this.findings = all.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    }

    String title() {
        String department =
                projects.stream()
                        .map(ProjectEvaluation::department)
                        .filter(d -> !d.isEmpty())
                        .findFirst()
                        .orElse("");
        String year =
                projects.stream()
                        .map(ProjectEvaluation::year)
                        .filter(d -> !d.isEmpty())
                        .findFirst()
                        .orElse("");
        return department.isEmpty()
                ? fileName() + " 项目支出绩效自评校验报告"
                : year + "年度" + department + "项目支出绩效自评校验报告";
    }

    /** The project framework's word for 执行率 (the first project's; 执行率 when there is none). */
    private String rateWord() {
        return projects.isEmpty() ? "执行率" : projects.get(0).line().labels().rate();
    }

    void write(WordDocument doc) {
        doc.paragraph(StyleId.TITLE, title().replace("项目支出绩效自评校验报告", "\n项目支出绩效自评校验报告").strip());
        doc.paragraph(StyleId.BODY, "来源文件：" + fileName() + "。");
        doc.paragraph(
                StyleId.BODY,
                "共"
                        + projects.size()
                        + "个项目，发现错误"
                        + Severity.ERROR.countIn(findings)
                        + "项、警告"
                        + Severity.WARNING.countIn(findings)
                        + "项、提示"
                        + Severity.INFO.countIn(findings)
                        + "项。存在错误的项目不生成自评表，请按下表修改后重新提交；其余项目的自评表按复核后的得分生成。");
        doc.paragraph(StyleId.HEADING1, "一、项目评分复核");
        doc.keepWithNext();
        List<List<String>> rows = new ArrayList<>();
        List<TableSpec.Mark> marks = new ArrayList<>();
        for (ProjectEvaluation p : projects) {
            String typed =
                    p.sheet().totalScore().present()
                            ? Formats.plain(p.sheet().totalScore().value())
                            : "未填";
            rows.add(
                    List.of(
                            p.name(),
                            p.sheet().sheet(),
                            Formats.rate(p.funds().rate()),
                            typed,
                            p.scored() ? Formats.plain(p.total()) : "未评分",
                            p.grade().isEmpty() ? "—" : p.grade(),
                            p.blocked() ? "存在错误，未生成自评表" : "自评表已生成"));
            if (p.blocked())
                marks.add(new TableSpec.Mark(rows.size() - 1, 6, "FDE9E7", true, "C00000"));
        }
        doc.table(
                new TableSpec(
                                List.of(
                                        Column.text("项目名称"),
                                        Column.text("工作表"),
                                        Column.figure(rateWord() + "\n（%）"),
                                        Column.figure("自评\n总分"),
                                        Column.figure("复核\n总分"),
                                        Column.centred("等级"),
                                        Column.text("结果")),
                                rows)
                        .marked(marks));
        doc.paragraph(StyleId.HEADING1, "二、问题清单");
        if (findings.isEmpty()) {
            doc.paragraph(StyleId.BODY, "未发现问题。");
            return;
        }
        List<List<String>> list = new ArrayList<>();
        List<TableSpec.Mark> severity = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String where = f.source() == null ? "" : f.source().sheetCell();
            list.add(
                    List.of(
                            String.valueOf(i + 1),
                            f.severity().label() + "\n" + ruleName(f.ruleId()),
                            where.isEmpty() ? f.item() : where + "\n" + f.item(),
                            AuditReport.unbroken(f.expected()),
                            AuditReport.unbroken(f.found()),
                            Texts.tight(f.message())));
            severity.add(AuditReport.severityMark(i, f.severity()));
        }
        doc.table(
                new TableSpec(
                                List.of(
                                        Column.centred("序号"),
                                        Column.centred("严重程度\n规则"),
                                        Column.text("位置与项目"),
                                        Column.figure("应为"),
                                        Column.figure("填报值"),
                                        Column.text("修改说明")),
                                list)
                        .marked(severity));
    }

    /** A project rule's name, or the reader's (READ-…) as the department's 校验报告 names it. */
    private String ruleName(String id) {
        String name = ProjectFindings.name(id);
        return name.equals(id) ? readerKinds.name(id) : name;
    }

    private String fileName() {
        return origin == null || origin.getFileName() == null
                ? ""
                : origin.getFileName().toString();
    }
}
