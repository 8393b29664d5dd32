package org.selfeval.report.docx;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * One Word document being written: paragraphs in our styles, tables, the GB/T 9704 page and the
 * page-number footer. The body is appended as XML text (no object tree: a report's document.xml is
 * a few hundred KB, and building and marshalling a JAXB tree for it cost most of the rendering
 * time); the parts around it come from the renderer's {@link DocxPackage}. Not thread-safe; each
 * report gets its own instance.
 */
public final class WordDocument {

    /** Space above the first paragraph under a table, in twips (half of the 28 pt line). */
    private static final int AFTER_TABLE = 280;

    /**
     * A4 and the GB/T 9704 margins, in twips (37 mm top, 35 mm bottom, 28 mm left, 26 mm right).
     */
    static final int PAGE_WIDTH = 11906;

    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 2098;
    static final int MARGIN_BOTTOM = 1984;
    static final int MARGIN_LEFT = 1587;
    static final int MARGIN_RIGHT = 1474;

    private static final String OPEN =
            PackageParts.DECLARATION
                    + "<w:document "
                    + PackageParts.W_NS
                    + " "
                    + PackageParts.R_NS
                    + "><w:body>";
    private static final String CLOSE = PackageParts.section() + "</w:body></w:document>";
    private static final String KEEP_NEXT = "<w:keepNext/>";

    private enum Last {
        NOTHING,
        PARAGRAPH,
        TABLE
    }

    private final DocxPackage parts;
    private final Runs runs;

    /** Grows to the document (a report 150–350 KB, a 校验报告 30–50 KB). */
    private final StringBuilder body = new StringBuilder(64 * 1024).append(OPEN);

    private Last last = Last.NOTHING;

    /** Where the last paragraph's keepNext would go (after its pStyle), -1 once it has one. */
    private int keepNextAt = -1;

    /** The next paragraph starts a new page (an appendix). */
    private boolean newPage;

    private byte[] core;

    public WordDocument(DocxPackage parts) {
        this.parts = parts;
        this.runs = parts.runs();
    }

    /**
     * A paragraph of one run, e.g. a heading or a body paragraph. Blank text adds nothing (no stray
     * empty lines).
     */
    public WordDocument paragraph(StyleId style, String text) {
        if (text == null || text.isBlank()) return this;
        return paragraph(style, text, 0, null);
    }

    /**
     * A paragraph {@code before} twips below the last (0: as the style says; after a table, half a
     * line) with its own indentation ({@code indent}: a w:ind element, null for the style's).
     */
    private WordDocument paragraph(StyleId style, String text, int before, String indent) {
        body.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style.id).append("\"/>");
        keepNextAt = body.length();
        if (newPage) {
            body.append("<w:pageBreakBefore/>");
            newPage = false;
        }
        // Half a line of air under a table instead of an empty paragraph.
        if (before == 0 && last == Last.TABLE) before = AFTER_TABLE;
        if (before > 0) body.append("<w:spacing w:before=\"").append(before).append("\"/>");
        if (indent != null) body.append(indent);
        body.append("</w:pPr>");
        runs.append(body, style, text);
        body.append("</w:p>");
        last = Last.PARAGRAPH;
        return this;
    }

    /**
     * The 附件说明 of GB/T 9704-2012 7.3.2 under the body text: one line left blank (as space above,
     * not an empty paragraph), then "附件：" two characters in from the left and the attachments'
     * names — one without a number, several as "附件：1．…" with each further "2．…" under the "1．" —
     * and a name too long for its line wraps under its own first character. In 正文 (仿宋_GB2312 3号);
     * names end without punctuation.
     */
    public WordDocument attachments(List<String> names) {
        if (names.isEmpty()) return this;
        int blankLine = StyleSheet.BODY_LINE;
        String lead = "附件：";
        if (names.size() == 1) {
            // the name starts 2 + 3 characters in; the first line starts 2 in
            return paragraph(StyleId.BODY, lead + names.get(0), blankLine, indent(500, 300));
        }
        for (int i = 0; i < names.size(); i++) {
            String number = (i + 1) + "．";
            // "1．" is 1.5 characters wide (a half-width digit and a full-width stop): each number
            // starts 2 + 3 characters in, its name after it
            int numberWidth = 50 * number.length() + 50;
            paragraph(
                    StyleId.BODY,
                    (i == 0 ? lead : "") + number + names.get(i),
                    i == 0 ? blankLine : 0,
                    indent(500 + numberWidth, numberWidth + (i == 0 ? 300 : 0)));
        }
        return this;
    }

    /**
     * A w:ind in hundredths of a 3号 character (Word reads the *Chars attributes; LibreOffice and
     * WPS the twips, 320 to a 16 pt character): text at {@code left}, the first line {@code
     * hanging} out from it. firstLineChars="0" cancels the 正文 style's two-character first line in
     * Word, which otherwise keeps a style's non-zero character indent (MS-OI29500 2.1.44).
     */
    private static String indent(int leftChars, int hangingChars) {
        int em = StyleId.BODY.size * 10;
        return "<w:ind w:left=\""
                + leftChars * em / 100
                + "\" w:leftChars=\""
                + leftChars
                + "\" w:hanging=\""
                + hangingChars * em / 100
                + "\" w:hangingChars=\""
                + hangingChars
                + "\" w:firstLineChars=\"0\"/>";
    }

    /** The last paragraph stays on the page of what follows (a table's introduction). */
    public WordDocument keepWithNext() {
        if (last == Last.PARAGRAPH && keepNextAt >= 0) {
            // keepNext comes right after pStyle (the schema's order); the paragraph is at the end,
            // so this moves little
            body.insert(keepNextAt, KEEP_NEXT);
            keepNextAt = -1;
        }
        return this;
    }

    /** The next paragraph starts on a new page. */
    public WordDocument newPage() {
        newPage = true;
        return this;
    }

    public WordDocument paragraphs(StyleId style, List<String> texts) {
        texts.forEach(t -> paragraph(style, t));
        return this;
    }

    public WordDocument table(TableSpec spec) {
        parts.tables().append(body, spec);
        last = Last.TABLE;
        return this;
    }

    /** Document properties: title, the department as author, the year as subject and keywords. */
    public WordDocument properties(String title, String creator, String year, Instant time) {
        core = DocxPackage.coreProperties(title, creator, year, time);
        return this;
    }

    /**
     * The .docx, its zip entries stamped with {@code time}; {@link #properties} must have been
     * given.
     */
    public byte[] toBytes(Instant time) {
        if (core == null) throw new IllegalStateException("document properties not set");
        byte[] document = body.append(CLOSE).toString().getBytes(StandardCharsets.UTF_8);
        body.setLength(body.length() - CLOSE.length());
        return parts.write(document, core, time);
    }
}
