package org.selfeval.report;

import java.util.regex.Pattern;
import org.selfeval.model.Evaluation;

/**
 * A heading followed by the department's own text from 基本信息, one paragraph a line; lines that start
 * like "1. …" become sub-headings (主要工作成效 is written that way).
 */
final class NarrativeSection implements ReportSection {

    private static final Pattern NUMBERED = Pattern.compile("^\\d+[.．、]\\s*\\S.*");

    private final StyleId level;
    private final String heading;
    private final String key;

    NarrativeSection(StyleId level, String heading, String key) {
        this.level = level;
        this.heading = heading;
        this.key = key;
    }

    @Override
    public void append(Evaluation e, WordDocument doc) {
        doc.paragraph(level, heading);
        var lines = e.submission().info().lines(key);
        if (lines.isEmpty()) doc.paragraph(StyleId.BODY, "无。");
        for (String line : lines) {
            doc.paragraph(NUMBERED.matcher(line).matches() && line.length() <= 60 ? StyleId.HEADING3 : StyleId.BODY, line);
        }
    }
}
