package org.selfeval.report.docx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The styles part, built once per renderer as bytes: our GB/T 9704 styles, optionally overridden by
 * a bureau's .docx ({@link BureauStyles}). It also knows, for each of our styles, the East Asian
 * font its runs carry, so run-level fonts agree with the (possibly replaced) style.
 */
public final class StyleSheet {

    static final String LANG = "zh-CN";

    /** Exact line spacing of body text: 28 pt in twips. */
    static final int BODY_LINE = 560;

    /**
     * Character spacing of 3号 text, in twentieths of a point: 28 × 15.75 pt fit the 442.25 pt line.
     */
    static final int BODY_CONDENSED = -5;

    private final byte[] xml;
    private final Map<StyleId, String> runFonts;

    StyleSheet(byte[] xml, Map<StyleId, String> runFonts) {
        this.xml = xml;
        this.runFonts = new EnumMap<>(runFonts);
    }

    /** Our own styles. */
    public static StyleSheet standard() {
        Map<StyleId, String> fonts = new EnumMap<>(StyleId.class);
        for (StyleId s : StyleId.values()) fonts.put(s, s.font);
        return new StyleSheet(ours().getBytes(StandardCharsets.UTF_8), fonts);
    }

    /**
     * Our styles with a bureau's styles laid over them.
     *
     * @throws IllegalArgumentException when the .docx cannot be read or has no styles (message in
     *     Chinese)
     */
    public static StyleSheet withOverrides(Path styleDocx) {
        return BureauStyles.merge(ours(), styleDocx);
    }

    /** styles.xml (the caller must not change the array). */
    byte[] xml() {
        return xml;
    }

    /** The East Asian font runs of this style carry. */
    String font(StyleId style) {
        return runFonts.get(style);
    }

    // ---- our styles ----

    /**
     * styles.xml with our styles: the document defaults, Normal, and a paragraph and a linked
     * character style for each {@link StyleId}.
     */
    private static String ours() {
        StringBuilder x =
                new StringBuilder(16_384)
                        .append(PackageParts.DECLARATION)
                        .append("<w:styles ")
                        .append(PackageParts.W_NS)
                        .append('>')
                        .append("<w:docDefaults><w:rPrDefault>")
                        .append(runProperties("仿宋_GB2312", 32, false))
                        .append(
                                "</w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>")
                        .append(
                                "<w:style w:type=\"paragraph\" w:styleId=\"Normal\" w:default=\"true\"><w:name w:val=\"Normal\"/>")
                        .append("<w:pPr/>")
                        .append(runProperties("仿宋_GB2312", 32, false))
                        .append("</w:style>");
        for (StyleId s : StyleId.values()) {
            paragraphStyle(x, s);
            characterStyle(x, s);
        }
        return x.append("</w:styles>").toString();
    }

    private static void paragraphStyle(StringBuilder x, StyleId s) {
        x.append("<w:style w:type=\"paragraph\" w:styleId=\"")
                .append(s.id)
                .append("\"><w:name w:val=\"")
                .append(s.name)
                .append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"")
                .append(StyleId.BODY.id)
                .append("\"/><w:link w:val=\"")
                .append(s.charId())
                .append("\"/><w:qFormat/><w:pPr>");
        if (s.heading() || s == StyleId.TITLE || s == StyleId.CAPTION) {
            x.append("<w:keepNext/><w:keepLines/>"); // no heading alone at the foot of a page
        }
        x.append("<w:widowControl/>");
        // Only 3号 text keeps to the 28 × 22 grid; a 10.5 pt table line or the title would take
        // whole grid lines.
        if (!s.onGrid()) x.append("<w:snapToGrid w:val=\"false\"/>");
        int before = s == StyleId.CAPTION ? 120 : 0;
        int after = s == StyleId.TITLE ? 560 : 0;
        x.append("<w:spacing w:before=\"").append(before).append("\" w:after=\"").append(after);
        if (s == StyleId.TABLE) x.append("\" w:line=\"240\" w:lineRule=\"auto\"/>");
        else
            x.append("\" w:line=\"")
                    .append(s == StyleId.TITLE ? 720 : BODY_LINE)
                    .append("\" w:lineRule=\"exact\"/>");
        if (s.indented) {
            // Word uses the character count; LibreOffice and WPS read the twips (2 × 16 pt).
            x.append("<w:ind w:firstLine=\"")
                    .append(2L * s.size * 10)
                    .append("\" w:firstLineChars=\"200\"/>");
        }
        if (s.centred) x.append("<w:jc w:val=\"center\"/>");
        // Body and headings are set flush left, not justified: LibreOffice (7.4) drops a
        // punctuation mark that ends a justified full line from the page and the PDF; 28 full-width
        // characters fill the line either way.
        else if (s == StyleId.BODY || s.heading()) x.append("<w:jc w:val=\"left\"/>");
        if (s.outlineLevel() >= 0)
            x.append("<w:outlineLvl w:val=\"").append(s.outlineLevel()).append("\"/>");
        x.append("</w:pPr>").append(runProperties(s.font, s.size, s.bold)).append("</w:style>");
    }

    private static void characterStyle(StringBuilder x, StyleId s) {
        x.append("<w:style w:type=\"character\" w:styleId=\"")
                .append(s.charId())
                .append("\"><w:name w:val=\"")
                .append(s.name)
                .append(" Char\"/><w:link w:val=\"")
                .append(s.id)
                .append("\"/>")
                .append(runProperties(s.font, s.size, s.bold))
                .append("</w:style>");
    }

    private static String runProperties(String font, int halfPoints, boolean bold) {
        StringBuilder x = new StringBuilder(256).append("<w:rPr>").append(fonts(font));
        if (bold) x.append("<w:b/>");
        if (halfPoints == StyleId.BODY.size) {
            // 28 characters of 16 pt need 448 pt, the line has 442.25: condensed by 0.25 pt, 28 fit
            // in every suite (no character grid, which LibreOffice lays out as two cells a
            // character).
            x.append("<w:spacing w:val=\"").append(BODY_CONDENSED).append("\"/>");
        }
        x.append("<w:sz w:val=\"")
                .append(halfPoints)
                .append("\"/><w:szCs w:val=\"")
                .append(halfPoints)
                .append("\"/>");
        return x.append(LANGUAGE).append("</w:rPr>").toString();
    }

    /** The run's fonts: one face for every script, East Asian first. */
    static String fonts(String font) {
        String f = XmlText.attribute(font);
        return "<w:rFonts w:hint=\"eastAsia\" w:ascii=\""
                + f
                + "\" w:hAnsi=\""
                + f
                + "\" w:eastAsia=\""
                + f
                + "\" w:cs=\""
                + f
                + "\"/>";
    }

    /**
     * The language of every run: Chinese, so punctuation and line breaking follow Chinese rules.
     */
    static final String LANGUAGE = "<w:lang w:eastAsia=\"" + LANG + "\"/>";
}
