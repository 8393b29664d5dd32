package org.selfeval.report.print;

import java.io.PrintWriter;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Formats;
import org.selfeval.model.GroupScore;

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
                    .append(", \"findings\": [");
            for (int j = 0; j < v.findings().size(); j++) {
                Finding f = v.findings().get(j);
                if (j > 0) sb.append(',');
                sb.append("\n    {\"file\": ")
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
            sb.append("]");
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
            sb.append('}');
        }
        sb.append("\n]");
        out.println(sb);
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
