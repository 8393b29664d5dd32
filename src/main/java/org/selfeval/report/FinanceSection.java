package org.selfeval.report;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Comparison;
import org.selfeval.model.ComparisonLine;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Formats;
import org.selfeval.report.docx.Column;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.TableSpec;
import org.selfeval.report.docx.WordDocument;

/**
 * （三）部门整体收支情况: both comparison tables and the structure sentences, all from the recomputed lines.
 */
final class FinanceSection implements ReportSection {

    @Override
    public void append(Evaluation e, WordDocument doc) {
        String year = e.year();
        doc.paragraph(StyleId.HEADING2, "（三）部门整体收支情况");
        doc.paragraph(StyleId.HEADING3, "1. 收入支出总体情况");
        doc.paragraph(StyleId.HEADING4, "（1）本年收入与上年收入决算数对比分析");
        comparisonTable(doc, e.income(), year, "收入决算");
        doc.paragraph(StyleId.HEADING4, "（2）本年支出与上年支出决算数对比分析");
        comparisonTable(doc, e.expenditure(), year, "支出决算");
        doc.paragraph(StyleId.HEADING3, "2. 收入支出结构分析");
        doc.paragraph(StyleId.HEADING4, "（1）收入决算情况说明");
        doc.paragraph(StyleId.BODY, structure(e.income(), "收入"));
        doc.paragraph(StyleId.HEADING4, "（2）支出决算情况说明");
        doc.paragraph(StyleId.BODY, structure(e.expenditure(), "支出"));
    }

    static List<Column> columns(String year) {
        String previous = previousYear(year);
        // Rates carry "%" in the header, never in the cells (the same in every table).
        return List.of(
                Column.text("项目"),
                Column.figure(year + "年决算\n(万元)"),
                Column.figure(previous + "年决算\n(万元)"),
                Column.figure("差异\n(万元)"),
                Column.figure("差异率\n(%)"),
                Column.text("差异说明"));
    }

    private static void comparisonTable(WordDocument doc, Comparison c, String year, String sheet) {
        // Without its 合计 row the submission is blocked (R-REQUIRED): nothing to print, and no
        // placeholder.
        if (c == null || c.total() == null) return;
        List<List<String>> rows = new ArrayList<>();
        rows.add(cells(c.total()));
        c.details().forEach(l -> rows.add(cells(l)));
        doc.table(new TableSpec(columns(year), rows));
    }

    private static List<String> cells(ComparisonLine l) {
        return List.of(
                l.item(),
                Formats.amount(l.current()),
                Formats.amount(l.previous()),
                Formats.amount(l.difference()),
                Formats.rate(l.rate()),
                l.explanation() == null ? "" : l.explanation());
    }

    /** 本年度支出合计 22,918.66 万元，其中：基本支出 18,428.38 万元，占本年支出合计的 80.41%；… (zero rows left out). */
    static String structure(Comparison c, String kind) {
        if (c == null || c.total() == null) return "";
        String head = "本年度" + kind + "合计" + Texts.wan(c.total().current());
        List<String> parts = new ArrayList<>();
        for (ComparisonLine l : c.details()) {
            if (l.current() == null || l.current().signum() == 0) continue;
            parts.add(
                    l.item()
                            + Texts.wan(l.current())
                            + "，占本年"
                            + kind
                            + "合计的"
                            + Formats.percent(c.share(l)));
        }
        if (parts.isEmpty()) return head + "。";
        return head + "，其中：" + String.join("；", parts) + "。";
    }

    static String previousYear(String year) {
        try {
            return String.valueOf(Integer.parseInt(year.strip()) - 1);
        } catch (NumberFormatException ex) {
            return "上";
        }
    }
}
