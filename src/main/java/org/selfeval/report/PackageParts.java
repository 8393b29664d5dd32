package org.selfeval.report;

import java.math.BigInteger;
import jakarta.xml.bind.JAXBException;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.wml.CTDocGrid;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Fonts;
import org.docx4j.wml.STDocGrid;

/**
 * The package parts around the text that make Word, WPS and LibreOffice lay the document out as a 公文:
 * settings (current Word layout, odd/even footers), the font table (stand-ins for the 公文 faces) and the grid.
 */
final class PackageParts {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String WORD = "http://schemas.microsoft.com/office/word";

    /** GB/T 9704 5.2.2: 22 lines a page, 28 characters a line. */
    static final int LINES = 22;
    static final int CHARACTERS = 28;

    private PackageParts() {
    }

    /**
     * compatibilityMode 15 (Word 2013 and later) so Word does not open the file in 兼容模式; evenAndOddHeaders for
     * the GB/T 9704 page numbers; punctuation compressed as Chinese documents are set.
     */
    static DocumentSettingsPart settings() throws InvalidFormatException {
        String xml = "<w:settings " + W + ">"
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
                + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"" + StyleSheet.LANG + "\"/>"
                + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
                + "</w:settings>";
        DocumentSettingsPart part = new DocumentSettingsPart();
        part.setJaxbElement((CTSettings) unmarshal(xml));
        return part;
    }

    private static String compat(String name, String value) {
        return "<w:compatSetting w:name=\"" + name + "\" w:uri=\"" + WORD + "\" w:val=\"" + value + "\"/>";
    }

    /**
     * The 公文 faces with the face a plain Windows (or WPS) has instead: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体,
     * 方正小标宋简体 → 宋体. Word and WPS substitute by altName, then by charset (86 = GB2312) and PANOSE.
     */
    static FontTablePart fontTable() throws InvalidFormatException {
        String xml = "<w:fonts " + W + ">"
                + font("仿宋_GB2312", "仿宋", "02010609030101010101", "modern", "fixed")
                + font("楷体_GB2312", "楷体", "02010609030101010101", "modern", "fixed")
                + font("方正小标宋简体", "宋体", "02000000000000000000", "script", "variable")
                + font("黑体", "SimHei", "02010609060101010101", "modern", "fixed")
                + font("宋体", "SimSun", "02010600030101010101", "auto", "variable")
                + font("仿宋", "FangSong", "02010609060101010101", "modern", "fixed")
                + font("楷体", "KaiTi", "02010609060101010101", "modern", "fixed")
                + "</w:fonts>";
        FontTablePart part = new FontTablePart();
        part.setJaxbElement((Fonts) unmarshal(xml));
        return part;
    }

    private static String font(String name, String alt, String panose, String family, String pitch) {
        return "<w:font w:name=\"" + name + "\"><w:altName w:val=\"" + alt + "\"/><w:panose1 w:val=\"" + panose
                + "\"/><w:charset w:val=\"86\"/><w:family w:val=\"" + family + "\"/><w:pitch w:val=\"" + pitch
                + "\"/></w:font>";
    }

    /**
     * A lines-and-characters grid of 28 characters × 22 lines on the GB/T 9704 text area. Word counts the character
     * pitch as the Normal font size (16 pt) plus charSpace/4096 pt: 8845 twips / 28 = 15.7946 pt, so -842 (rounded
     * down: a pitch a hair too wide leaves 27 characters).
     */
    static CTDocGrid grid() {
        CTDocGrid grid = new CTDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        int textHeight = WordDocument.PAGE_HEIGHT - WordDocument.MARGIN_TOP - WordDocument.MARGIN_BOTTOM;
        grid.setLinePitch(BigInteger.valueOf(textHeight / LINES));
        double pitchPoints = TableSpec.TEXT_WIDTH / 20.0 / CHARACTERS;
        grid.setCharSpace(BigInteger.valueOf((long) Math.floor((pitchPoints - StyleId.BODY.size / 2.0) * 4096)));
        return grid;
    }

    private static Object unmarshal(String xml) {
        try {
            return XmlUtils.unwrap(XmlUtils.unmarshalString(xml));
        } catch (JAXBException e) {
            throw new IllegalStateException("docx4j could not read our own part XML", e);
        }
    }
}
