package org.selfeval.report.docx;

import java.util.EnumMap;
import java.util.Map;

/**
 * Writes runs: each carries its character style, East Asian font and zh-CN language, so no viewer
 * falls back to Calibri; a "\n" in the text becomes a line break. The properties of each style are
 * rendered once per style sheet.
 */
final class Runs {

    private static final String TEXT = "<w:t xml:space=\"preserve\">";

    /** "<w:r><w:rPr><w:rStyle …/><w:rFonts …/>" of each style, up to where bold and colour go. */
    private final Map<StyleId, String> starts = new EnumMap<>(StyleId.class);

    Runs(StyleSheet sheet) {
        for (StyleId s : StyleId.values()) {
            starts.put(
                    s,
                    "<w:r><w:rPr><w:rStyle w:val=\""
                            + s.charId()
                            + "\"/>"
                            + StyleSheet.fonts(sheet.font(s)));
        }
    }

    /** A run of {@code text} in {@code style}. */
    void append(StringBuilder out, StyleId style, String text) {
        append(out, style, text, false, null);
    }

    /** A run, bold and in colour {@code colour} (hex RGB; null: the style's) where asked. */
    void append(StringBuilder out, StyleId style, String text, boolean bold, String colour) {
        out.append(starts.get(style));
        if (bold) out.append("<w:b/>");
        if (colour != null)
            XmlText.attribute(out.append("<w:color w:val=\""), colour).append("\"/>");
        out.append(StyleSheet.LANGUAGE).append("</w:rPr>").append(TEXT);
        int from = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            XmlText.text(out, text.substring(from, nl)).append("</w:t><w:br/>").append(TEXT);
            from = nl + 1;
        }
        XmlText.text(out, from == 0 ? text : text.substring(from)).append("</w:t></w:r>");
    }
}
