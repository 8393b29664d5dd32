package org.selfeval.report.print;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKinds;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.ScoreCard;

/**
 * The findings as an aligned table (文件 · 位置 · 严重程度 · 规则 by its Chinese name · 说明), then the scores
 * and grade.
 */
public final class TablePrinter implements ValidationPrinter {

    private final FindingKinds kinds;

    /**
     * @param kinds the pipeline's finding kinds, whose names the 规则 column shows
     */
    public TablePrinter(FindingKinds kinds) {
        this.kinds = kinds;
    }

    @Override
    public void print(List<Validation> validations, PrintWriter out) {
        for (Validation v : validations) {
            // project tables are printed by the caller, in the project framework's words
            if (!v.department()) continue;
            // each workbook is checked against the framework it names: say which, per workbook
            boolean scored =
                    v.evaluation() != null
                            && v.evaluation().scores() != null
                            && v.evaluation().scores().framework() != null;
            out.println(
                    "== "
                            + v.name()
                            + (scored
                                    ? "（指标体系：" + v.evaluation().scores().framework().label() + "）"
                                    : ""));
            if (v.findings().isEmpty()) {
                out.println("未发现问题。");
            } else {
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("文件", "位置", "严重程度", "规则", "说明"));
                for (Finding f : v.findings()) {
                    rows.add(
                            List.of(
                                    v.fileOf(f),
                                    Validation.cellOf(f),
                                    f.severity().label(),
                                    kinds.name(f.ruleId()),
                                    f.message()));
                }
                printAligned(rows, out);
            }
            if (v.evaluation() != null) printScores(v.evaluation().scores(), out);
            out.println();
        }
    }

    private static void printScores(ScoreCard card, PrintWriter out) {
        out.println();
        if (!card.scored()) {
            out.println("得分：未评分（绩效指标表没有可读取的指标行，请先按上表改正）。");
            return;
        }
        out.println("得分：");
        for (GroupScore g1 : card.groups()) {
            out.println(
                    "  "
                            + g1.name()
                            + "（分值 "
                            + Formats.plain(g1.weight())
                            + "）："
                            + Formats.plain(g1.score())
                            + reported(g1));
            for (GroupScore g2 : g1.children()) {
                out.println(
                        "    "
                                + g2.name()
                                + "（分值 "
                                + Formats.plain(g2.weight())
                                + "）："
                                + Formats.plain(g2.score())
                                + reported(g2));
            }
        }
        out.println(
                "  合计："
                        + Formats.plain(card.total())
                        + (card.reportedTotal() == null
                                ? ""
                                : "（自报 " + Formats.plain(card.reportedTotal()) + "）")
                        + "，等级："
                        + card.grade());
    }

    private static String reported(GroupScore g) {
        return g.selfReported() == null ? "" : "（自报 " + Formats.plain(g.selfReported()) + "）";
    }

    /**
     * Pads columns by display width: CJK characters take two columns on a terminal. The last column
     * is not padded.
     */
    private static void printAligned(List<List<String>> rows, PrintWriter out) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns - 1; c++)
                widths[c] = Math.max(widths[c], width(row.get(c)));
        }
        for (List<String> row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                sb.append(cell);
                if (c < columns - 1) sb.append(" ".repeat(widths[c] - width(cell) + 2));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w +=
                    Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                                    || (cp >= 0x3000 && cp <= 0x303F)
                                    || (cp >= 0xFF00 && cp <= 0xFFEF)
                                    || cp == 0x201C
                                    || cp == 0x201D
                            ? 2
                            : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
