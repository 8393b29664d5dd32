package org.selfeval.report;

import java.util.regex.Pattern;
import org.selfeval.model.Evaluation;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.WordDocument;

/**
 * A heading followed by the department's own text from 基本信息, one paragraph a line; lines that start
 * like "1. …" become sub-headings (主要工作成效 is written that way).
 */
final class NarrativeSection implements ReportSection {

    private static final Pattern NUMBERED = Pattern.compile("^\\d+[.．、]\\s*[^\\d\\s].*");

    private static final Pattern NUMBER_MARK = Pattern.compile("^(\\d+)[.．、]\\s*");

    private final StyleId level;
    private final String heading;
    private final String key;

    /** Put before the first line unless staff typed it ("存在的主要问题及原因是："), or "". */
    private final String label;

    NarrativeSection(StyleId level, String heading, String key) {
        this(level, heading, key, "");
    }

    NarrativeSection(StyleId level, String heading, String key, String label) {
        this.level = level;
        this.heading = heading;
        this.key = key;
        this.label = label;
    }

    @Override
    public void append(Evaluation e, WordDocument doc) {
        doc.paragraph(level, heading);
        var lines = e.submission().info().lines(key);
        if (lines.isEmpty()) doc.paragraph(StyleId.BODY, "无。");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (NUMBERED.matcher(line).matches() && line.length() <= 60) {
                // "1.持续…" typed any way becomes "1. 持续…", like the generated headings.
                doc.paragraph(StyleId.HEADING3, NUMBER_MARK.matcher(line).replaceFirst("$1. "));
            } else {
                doc.paragraph(
                        StyleId.BODY,
                        i == 0 && !label.isEmpty() && !line.startsWith(key)
                                ? Texts.labelled(label, line)
                                : line);
            }
        }
    }
}
