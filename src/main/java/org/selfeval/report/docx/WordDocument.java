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
        body.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style.id).append("\"/>");
        keepNextAt = body.length();
        if (newPage) {
            body.append("<w:pageBreakBefore/>");
            newPage = false;
        }
        // Half a line of air under a table instead of an empty paragraph.
        if (last == Last.TABLE)
            body.append("<w:spacing w:before=\"").append(AFTER_TABLE).append("\"/>");
        body.append("</w:pPr>");
        runs.append(body, style, text);
        body.append("</w:p>");
        last = Last.PARAGRAPH;
        return this;
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
