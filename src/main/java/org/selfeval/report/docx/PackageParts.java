package org.selfeval.report.docx;

/**
 * The XML of the package parts around the text that make Word, WPS and LibreOffice lay the document
 * out as a 公文: settings (current Word layout, odd/even footers), the font table (stand-ins for the
 * 公文 faces), the page with its grid, and the content types and relationships that tie the parts
 * together.
 */
final class PackageParts {

    static final String DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String W_NS =
            "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    static final String R_NS =
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static final String WORD = "http://schemas.microsoft.com/office/word";
    private static final String RELATIONSHIPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /**
     * GB/T 9704 5.2.2: 22 lines a page (and 28 characters a line, from the condensed body text).
     */
    static final int LINES = 22;

    /** The relationship ids of the footers in document.xml.rels, which the section refers to. */
    static final String ODD_FOOTER_ID = "rId4";

    static final String EVEN_FOOTER_ID = "rId5";

    private PackageParts() {}

    /**
     * Every part but the relationships, with its content type, by name (docx4j's order, kept so
     * outputs compare).
     */
    private static final String[][] PARTS = {
        {"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
        {"word/document.xml", CONTENT_TYPE + "document.main+xml"},
        {"word/fontTable.xml", CONTENT_TYPE + "fontTable+xml"},
        {"word/footer1.xml", CONTENT_TYPE + "footer+xml"},
        {"word/footer2.xml", CONTENT_TYPE + "footer+xml"},
        {"word/settings.xml", CONTENT_TYPE + "settings+xml"},
        {"word/styles.xml", CONTENT_TYPE + "styles+xml"},
    };

    /** [Content_Types].xml: relationships by extension, every other part by name. */
    static String contentTypes() {
        StringBuilder x =
                new StringBuilder(DECLARATION)
                        .append(
                                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                        .append(
                                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
        for (String[] part : PARTS) {
            x.append("<Override PartName=\"/")
                    .append(part[0])
                    .append("\" ContentType=\"")
                    .append(part[1])
                    .append("\"/>");
        }
        return x.append("</Types>").toString();
    }

    /** _rels/.rels: the main document and the core properties. */
    static String packageRelationships() {
        return DECLARATION
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationship("rId1", RELATIONSHIPS + "officeDocument", "word/document.xml")
                + relationship(
                        "rId2",
                        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "docProps/core.xml")
                + "</Relationships>";
    }

    /** word/_rels/document.xml.rels: the parts document.xml uses. */
    static String documentRelationships() {
        return DECLARATION
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationship("rId1", RELATIONSHIPS + "styles", "styles.xml")
                + relationship("rId2", RELATIONSHIPS + "settings", "settings.xml")
                + relationship("rId3", RELATIONSHIPS + "fontTable", "fontTable.xml")
                + relationship(ODD_FOOTER_ID, RELATIONSHIPS + "footer", "footer1.xml")
                + relationship(EVEN_FOOTER_ID, RELATIONSHIPS + "footer", "footer2.xml")
                + "</Relationships>";
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    /**
     * compatibilityMode 15 (Word 2013 and later) so Word does not open the file in 兼容模式;
     * evenAndOddHeaders for the GB/T 9704 page numbers; punctuation compressed as Chinese documents
     * are set.
     */
    static String settings() {
        return DECLARATION
                + "<w:settings "
                + W_NS
                + ">"
                + "<w:zoom w:percent=\"100\"/>"
                + "<w:defaultTabStop w:val=\"420\"/>"
                + "<w:evenAndOddHeaders/>"
                + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                + "<w:compat>"
                + "<w:useFELayout/>"
                + compat("compatibilityMode", "15")
                + compat("overrideTableStyleFontSizeAndJustification", "1")
                + compat("enableOpenTypeFeatures", "1")
                + compat("doNotFlipMirrorIndents", "1")
                + compat("differentiateMultirowTableHeaders", "1")
                + "</w:compat>"
                + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\""
                + StyleSheet.LANG
                + "\"/>"
                + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
                + "</w:settings>";
    }

    private static String compat(String name, String value) {
        return "<w:compatSetting w:name=\""
                + name
                + "\" w:uri=\""
                + WORD
                + "\" w:val=\""
                + value
                + "\"/>";
    }

    /**
     * The 公文 faces with the face a plain Windows (or WPS) has instead: 仿宋_GB2312 → 仿宋, 楷体_GB2312 →
     * 楷体, 方正小标宋简体 → 宋体. Word and WPS substitute by altName, then by charset (86 = GB2312) and
     * PANOSE.
     */
    static String fontTable() {
        return DECLARATION
                + "<w:fonts "
                + W_NS
                + ">"
                + font("仿宋_GB2312", "仿宋", "02010609030101010101", "modern", "fixed")
                + font("楷体_GB2312", "楷体", "02010609030101010101", "modern", "fixed")
                + font("方正小标宋简体", "宋体", "02000000000000000000", "script", "variable")
                + font("黑体", "SimHei", "02010609060101010101", "modern", "fixed")
                + font("宋体", "SimSun", "02010600030101010101", "auto", "variable")
                + font("仿宋", "FangSong", "02010609060101010101", "modern", "fixed")
                + font("楷体", "KaiTi", "02010609060101010101", "modern", "fixed")
                + "</w:fonts>";
    }

    private static String font(
            String name, String alt, String panose, String family, String pitch) {
        return "<w:font w:name=\""
                + name
                + "\"><w:altName w:val=\""
                + alt
                + "\"/><w:panose1 w:val=\""
                + panose
                + "\"/><w:charset w:val=\"86\"/><w:family w:val=\""
                + family
                + "\"/><w:pitch w:val=\""
                + pitch
                + "\"/></w:font>";
    }

    /**
     * footer1.xml (odd pages: right) or footer2.xml (even pages: left): "— N —" with a PAGE field,
     * 4号, one character in from the outer margin (空一字).
     */
    static String footer(Runs runs, boolean right) {
        StringBuilder x =
                new StringBuilder(1024)
                        .append(DECLARATION)
                        .append("<w:ftr ")
                        .append(W_NS)
                        .append(">")
                        .append("<w:p><w:pPr><w:pStyle w:val=\"")
                        .append(StyleId.FOOTER.id)
                        .append("\"/><w:ind ")
                        .append(right ? "w:right" : "w:left")
                        .append("=\"")
                        .append(StyleId.FOOTER.size * 10)
                        .append("\"/><w:jc w:val=\"")
                        .append(right ? "right" : "left")
                        .append("\"/></w:pPr>");
        runs.append(x, StyleId.FOOTER, "— ");
        x.append("<w:fldSimple w:instr=\" PAGE \">");
        runs.append(x, StyleId.FOOTER, "1");
        x.append("</w:fldSimple>");
        runs.append(x, StyleId.FOOTER, " —");
        return x.append("</w:p></w:ftr>").toString();
    }

    /**
     * The one section: A4 portrait with the GB/T 9704 margins, the "— N —" footers (GB/T 9704 7.5:
     * right on odd pages, left on even pages) and the 28 × 22 grid.
     */
    static String section() {
        return "<w:sectPr>"
                + "<w:footerReference w:type=\"default\" r:id=\""
                + ODD_FOOTER_ID
                + "\"/>"
                + "<w:footerReference w:type=\"even\" r:id=\""
                + EVEN_FOOTER_ID
                + "\"/>"
                + "<w:pgSz w:w=\""
                + WordDocument.PAGE_WIDTH
                + "\" w:h=\""
                + WordDocument.PAGE_HEIGHT
                + "\"/>"
                + "<w:pgMar w:top=\""
                + WordDocument.MARGIN_TOP
                + "\" w:right=\""
                + WordDocument.MARGIN_RIGHT
                + "\" w:bottom=\""
                + WordDocument.MARGIN_BOTTOM
                + "\" w:left=\""
                + WordDocument.MARGIN_LEFT
                + "\" w:header=\"851\" w:footer=\"1134\" w:gutter=\"0\"/>"
                + grid()
                + "</w:sectPr>";
    }

    /**
     * A line grid of 22 lines on the GB/T 9704 text area. No character grid: LibreOffice lays a
     * character grid finer than the font (28 cells of 15.79 pt for 16 pt text) out as two cells a
     * character, 14 a line. The body text is condensed instead ({@link StyleSheet#BODY_CONDENSED}),
     * so Word, WPS and LibreOffice all set 28 characters a line from the same file
     * (docs/layout.md).
     */
    private static String grid() {
        int textHeight =
                WordDocument.PAGE_HEIGHT - WordDocument.MARGIN_TOP - WordDocument.MARGIN_BOTTOM;
        return "<w:docGrid w:type=\"lines\" w:linePitch=\"" + textHeight / LINES + "\"/>";
    }
}
