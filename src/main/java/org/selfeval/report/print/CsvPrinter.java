package org.selfeval.report.print;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.ProjectTableLine;

/**
 * One CSV row per finding (类型 问题) and per score (类型 得分: each 一级 and 二级 group, then 合计 with the
 * grade); then the submission's project tables: a row per finding (类型 项目问题) and per project (类型
 * 项目得分: its 总分 cell, total and grade, its funds and any 评分规则 cap in 说明). Text starting with = + - @
 * (not a number) is prefixed with ' so a spreadsheet does not run it as a formula.
 */
public final class CsvPrinter implements ValidationPrinter {

    private static final Pattern NUMBER = Pattern.compile("-?[\\d,]+(\\.\\d+)?%?");
    static final List<String> HEADER =
            List.of(
                    "文件", "类型", "位置", "严重程度", "规则", "项目", "应为", "填报", "说明", "分值", "得分", "自报得分",
                    "等级");

    @Override
    public void print(List<Validation> validations, PrintWriter out) {
        try {
            CSVPrinter csv =
                    new CSVPrinter(
                            out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            csv.printRecord(HEADER);
            for (Validation v : validations) {
                for (Finding f : v.findings()) finding(csv, v, f, "问题");
                if (v.evaluation() != null && v.evaluation().scores().scored()) {
                    var card = v.evaluation().scores();
                    for (GroupScore g1 : card.groups()) {
                        score(csv, v, g1.name(), g1);
                        for (GroupScore g2 : g1.children())
                            score(csv, v, g1.name() + "/" + g2.name(), g2);
                    }
                    csv.printRecord(
                            safe(v.name()),
                            "得分",
                            "",
                            "",
                            "",
                            "合计",
                            "",
                            "",
                            "",
                            "100",
                            Formats.plain(card.total()),
                            card.reportedTotal() == null ? "" : Formats.plain(card.reportedTotal()),
                            card.grade());
                }
                if (v.projects() != null) projects(csv, v, v.projects());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void finding(CSVPrinter csv, Validation v, Finding f, String type)
            throws IOException {
        csv.printRecord(
                safe(v.fileOf(f)),
                type,
                safe(Validation.cellOf(f)),
                f.severity().label(),
                safe(f.ruleId()),
                safe(f.item()),
                safe(f.expected()),
                safe(f.found()),
                safe(f.message()),
                "",
                "",
                "",
                "");
    }

    private static void projects(CSVPrinter csv, Validation v, ProjectValidation pv)
            throws IOException {
        for (Finding f : pv.readFindings()) finding(csv, v, f, "项目问题");
        for (ProjectValidation.Project p : pv.projects()) {
            for (Finding f : p.findings()) finding(csv, v, f, "项目问题");
            ProjectTableLine l = p.line();
            csv.printRecord(
                    safe(l.name().source().file() == null ? v.name() : l.name().source().file()),
                    "项目得分",
                    safe(l.total().source().sheetCell()),
                    "",
                    "",
                    safe(p.name()),
                    "",
                    "",
                    safe(ProjectWords.figures(l)),
                    "",
                    l.scored() ? Formats.plain(l.total().value()) : "",
                    "",
                    l.scored() ? l.grade() : "");
        }
    }

    private static void score(CSVPrinter csv, Validation v, String item, GroupScore g)
            throws IOException {
        csv.printRecord(
                safe(v.name()),
                "得分",
                "",
                "",
                "",
                safe(item),
                "",
                "",
                "",
                Formats.plain(g.weight()),
                Formats.plain(g.score()),
                g.selfReported() == null ? "" : Formats.plain(g.selfReported()),
                "");
    }

    static String safe(String s) {
        if (s == null || s.isEmpty() || NUMBER.matcher(s).matches()) return s == null ? "" : s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
