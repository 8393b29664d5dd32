package org.selfeval.report.print;

import java.io.PrintWriter;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;
import org.selfeval.model.ProjectTableLine;

/**
 * A JSON array, one object per submission: file, hasErrors, findings, scores (numbers rounded to 2
 * decimals as shown).
 */
public final class JsonPrinter implements ValidationPrinter {

    @Override
    public void print(List<Validation> validations, PrintWriter out) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < validations.size(); i++) {
            Validation v = validations.get(i);
            if (i > 0) sb.append(',');
            sb.append("\n  {\"file\": ")
                    .append(str(v.name()))
                    .append(", \"hasErrors\": ")
                    .append(v.hasErrors())
                    .append(", \"department\": ")
                    .append(v.department())
                    .append(", \"findings\": ");
            findings(v, v.findings(), "    ", sb);
            if (v.evaluation() != null && v.evaluation().scores().scored()) {
                var card = v.evaluation().scores();
                sb.append(", \"scores\": {\"total\": ")
                        .append(num(card.total()))
                        .append(", \"reportedTotal\": ")
                        .append(num(card.reportedTotal()))
                        .append(", \"grade\": ")
                        .append(str(card.grade()))
                        .append(", \"groups\": ");
                groups(card.groups(), sb);
                sb.append('}');
            }
            if (v.projects() != null) projects(v, v.projects(), sb);
            sb.append('}');
        }
        sb.append("\n]");
        out.println(sb);
    }

    private static void findings(
            Validation v, List<Finding> findings, String indent, StringBuilder sb) {
        sb.append('[');
        for (int j = 0; j < findings.size(); j++) {
            Finding f = findings.get(j);
            if (j > 0) sb.append(',');
            sb.append('\n')
                    .append(indent)
                    .append("{\"file\": ")
                    .append(str(v.fileOf(f)))
                    .append(", \"cell\": ")
                    .append(str(Validation.cellOf(f)))
                    .append(", \"severity\": ")
                    .append(str(f.severity().label()))
                    .append(", \"rule\": ")
                    .append(str(f.ruleId()))
                    .append(", \"item\": ")
                    .append(str(f.item()))
                    .append(", \"expected\": ")
                    .append(str(f.expected()))
                    .append(", \"found\": ")
                    .append(str(f.found()))
                    .append(", \"message\": ")
                    .append(str(f.message()))
                    .append('}');
        }
        sb.append(']');
    }

    /**
     * "projects": the reader's findings, then each table: sheet, name, funds with their cells,
     * total and grade, the cap, its findings.
     */
    private static void projects(Validation v, ProjectValidation pv, StringBuilder sb) {
        sb.append(", \"projects\": {\"findings\": ");
        findings(v, pv.readFindings(), "      ", sb);
        sb.append(", \"tables\": [");
        for (int i = 0; i < pv.projects().size(); i++) {
            ProjectValidation.Project p = pv.projects().get(i);
            ProjectTableLine l = p.line();
            if (i > 0) sb.append(',');
            sb.append("\n    {\"sheet\": ")
                    .append(str(p.sheet()))
                    .append(", \"name\": ")
                    .append(str(p.name()))
                    .append(", \"hasErrors\": ")
                    .append(p.hasErrors())
                    .append(", \"budget\": ")
                    .append(num(l.budget().value()))
                    .append(", \"budgetCell\": ")
                    .append(str(l.budget().source().sheetCell()))
                    .append(", \"executed\": ")
                    .append(num(l.executed().value()))
                    .append(", \"executedCell\": ")
                    .append(str(l.executed().source().sheetCell()))
                    .append(", \"rate\": ")
                    .append(num(l.rate()))
                    .append(", \"total\": ")
                    .append(num(l.scored() ? l.total().value() : null))
                    .append(", \"totalCell\": ")
                    .append(str(l.total().source().sheetCell()))
                    .append(", \"grade\": ")
                    .append(l.scored() ? str(l.grade()) : "null")
                    .append(", \"cap\": ")
                    .append(l.capName().isEmpty() ? "null" : str(l.capName()))
                    .append(", \"findings\": ");
            findings(v, p.findings(), "      ", sb);
            sb.append('}');
        }
        sb.append("]}");
    }

    private static void groups(List<GroupScore> groups, StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < groups.size(); i++) {
            GroupScore g = groups.get(i);
            if (i > 0) sb.append(", ");
            sb.append("{\"name\": ")
                    .append(str(g.name()))
                    .append(", \"weight\": ")
                    .append(num(g.weight()))
                    .append(", \"score\": ")
                    .append(num(g.score()))
                    .append(", \"reported\": ")
                    .append(num(g.selfReported()));
            if (!g.children().isEmpty()) {
                sb.append(", \"children\": ");
                groups(g.children(), sb);
            }
            sb.append('}');
        }
        sb.append(']');
    }

    private static String num(java.math.BigDecimal v) {
        return v == null ? "null" : Formats.plain(v);
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    public static String str(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029')
                        sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
