package org.selfeval.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.model.ProjectTableLine;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.TableSpec;
import org.selfeval.report.docx.WordDocument;

/**
 * 附表2：项目支出绩效自评情况表, when the department's 项目支出绩效自评表 came with it: on a page of its own after the
 * 部门整体支出绩效自评表 (then 附表1), as counties publish their reports' attached tables — every project with
 * its budget, execution, 执行率, score and grade in the project framework's words, a 合计 row, and a
 * note for each capped or unscored project. The figures are those of the 重点项目 section's listing,
 * which are those of each project's own table.
 */
final class ProjectAppendixSection implements ReportSection {

    static final String TITLE = "项目支出绩效自评情况表";
    static final String TOTAL = "合计";

    @Override
    public void append(Evaluation e, WordDocument doc) {
        List<ProjectTableLine> lines = e.projectTables();
        if (lines.isEmpty()) return;
        doc.newPage();
        doc.paragraph(StyleId.HEADING1, label(e));
        doc.paragraph(StyleId.CAPTION, caption(e));
        doc.keepWithNext();
        doc.table(table(lines));
        List<String> notes = new ArrayList<>();
        notes.add(
                "注：金额取各项目自评表“年度资金总额”一行，"
                        + lines.get(0).labels().rate()
                        + "按"
                        + lines.get(0).labels().executed()
                        + "÷"
                        + lines.get(0).labels().budget()
                        + "重新计算；自评得分、评价等级与各项目的项目支出绩效自评表相同。");
        notes.addAll(ProjectTablesListing.notes(lines));
        doc.paragraphs(StyleId.TABLE, notes.stream().map(Texts::tight).toList());
    }

    /** The table's title as it heads itself, and as the 附件说明 names it: "2023年度项目支出绩效自评情况表". */
    static String caption(Evaluation e) {
        return e.year() + "年度" + TITLE;
    }

    /** "附表2" after the 部门整体支出绩效自评表 (附表1); "附表" when that table is not printed. */
    static String label(Evaluation e) {
        return SelfEvaluationTableSection.printed(e) ? "附表2" : "附表";
    }

    /** The listing's table with a 合计 row: the sums and the 执行率 of the sums. */
    static TableSpec table(List<ProjectTableLine> lines) {
        List<List<String>> rows = new ArrayList<>(ProjectTablesListing.rows(lines));
        boolean all = lines.stream().allMatch(l -> l.budget().present() && l.executed().present());
        BigDecimal budget = all ? sum(lines, true) : null;
        BigDecimal executed = all ? sum(lines, false) : null;
        BigDecimal rate =
                budget == null || budget.signum() == 0
                        ? null
                        : executed.multiply(BigDecimal.valueOf(100))
                                .divide(budget, 10, RoundingMode.HALF_UP);
        rows.add(
                List.of(
                        "",
                        TOTAL,
                        Formats.amount(budget),
                        Formats.amount(executed),
                        Formats.rate(rate),
                        Formats.NOT_COMPUTABLE,
                        Formats.NOT_COMPUTABLE));
        return new TableSpec(
                ProjectTablesListing.columns(lines),
                rows,
                List.of(new TableSpec.Mark(rows.size() - 1, -1, "F2F2F2", true, null)),
                0);
    }

    private static BigDecimal sum(List<ProjectTableLine> lines, boolean budget) {
        return lines.stream()
                .map(l -> (budget ? l.budget() : l.executed()).value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
