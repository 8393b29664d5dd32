package org.selfeval.report.docx;

import jakarta.xml.bind.JAXBException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

/**
 * A bureau's styles (--style FILE.docx) laid over ours: styles matched by id or name replace ours
 * under our id, the others are added. This is the only use of docx4j: it reads their .docx and
 * merges once per renderer, and the result is written out as the styles.xml bytes every document
 * then copies. Without --style, docx4j (and its JAXB context, a second of start-up) is never
 * loaded.
 */
final class BureauStyles {

    private BureauStyles() {}

    /**
     * @throws IllegalArgumentException when the .docx cannot be read or has no styles (message in
     *     Chinese)
     */
    static StyleSheet merge(String ourStylesXml, Path styleDocx) {
        Styles bureau;
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(styleDocx.toFile());
            StyleDefinitionsPart part = pkg.getMainDocumentPart().getStyleDefinitionsPart();
            if (part == null)
                throw new IllegalArgumentException(
                        "样式文件 " + styleDocx.getFileName() + " 中没有样式定义，请用 Word 另存一份含样式的 .docx。");
            bureau = part.getJaxbElement();
        } catch (Docx4JException e) {
            throw new IllegalArgumentException(
                    "无法读取样式文件 " + styleDocx.getFileName() + "：请提供用 Word 或 WPS 保存的 .docx 文件。", e);
        }
        try {
            Styles merged =
                    merge((Styles) XmlUtils.unwrap(XmlUtils.unmarshalString(ourStylesXml)), bureau);
            Map<StyleId, String> fonts = new EnumMap<>(StyleId.class);
            for (StyleId s : StyleId.values()) fonts.put(s, resolveFont(merged, s));
            String xml = XmlUtils.marshaltoString(merged, false, false);
            return new StyleSheet(xml.getBytes(StandardCharsets.UTF_8), fonts);
        } catch (JAXBException e) {
            throw new IllegalStateException("docx4j could not read our own styles", e);
        }
    }

    private static Styles merge(Styles ours, Styles bureau) {
        if (bureau.getDocDefaults() != null)
            ours.setDocDefaults(XmlUtils.deepCopy(bureau.getDocDefaults()));
        List<Style> list = ours.getStyle();
        Set<String> replaced = new HashSet<>();
        Map<String, String> renamed = new HashMap<>();
        List<Style> copies = new ArrayList<>();
        for (Style theirs : bureau.getStyle()) {
            int at = indexOf(list, theirs);
            Style copy = XmlUtils.deepCopy(theirs);
            if (at >= 0) {
                renamed.put(theirs.getStyleId(), list.get(at).getStyleId());
                copy.setStyleId(list.get(at).getStyleId());
                list.set(at, copy);
                replaced.add(copy.getStyleId());
                copies.add(copy);
            } else if (!replaced.contains(copy.getStyleId())) {
                list.add(copy);
                copies.add(copy);
            }
        }
        // A Chinese Word template names its styles "1", "a" …: point their references at our ids.
        for (Style s : copies) {
            if (s.getBasedOn() != null)
                s.getBasedOn()
                        .setVal(
                                renamed.getOrDefault(
                                        s.getBasedOn().getVal(), s.getBasedOn().getVal()));
            if (s.getNext() != null)
                s.getNext()
                        .setVal(renamed.getOrDefault(s.getNext().getVal(), s.getNext().getVal()));
        }
        return ours;
    }

    private static int indexOf(List<Style> list, Style theirs) {
        for (int i = 0; i < list.size(); i++) {
            Style s = list.get(i);
            if (s.getStyleId() != null && s.getStyleId().equalsIgnoreCase(theirs.getStyleId()))
                return i;
            if (s.getName() != null
                    && theirs.getName() != null
                    && s.getName().getVal().equalsIgnoreCase(theirs.getName().getVal())) return i;
        }
        return -1;
    }

    /**
     * The East Asian font of the style, else of the style it is based on …, else of the document
     * defaults, else ours.
     */
    private static String resolveFont(Styles styles, StyleId id) {
        Set<String> seen = new HashSet<>();
        String styleId = id.id;
        while (styleId != null && seen.add(styleId)) {
            Style s = find(styles, styleId);
            if (s == null) break;
            if (s.getRPr() != null
                    && s.getRPr().getRFonts() != null
                    && s.getRPr().getRFonts().getEastAsia() != null) {
                return s.getRPr().getRFonts().getEastAsia();
            }
            styleId = s.getBasedOn() == null ? null : s.getBasedOn().getVal();
        }
        DocDefaults d = styles.getDocDefaults();
        if (d != null
                && d.getRPrDefault() != null
                && d.getRPrDefault().getRPr() != null
                && d.getRPrDefault().getRPr().getRFonts() != null
                && d.getRPrDefault().getRPr().getRFonts().getEastAsia() != null) {
            return d.getRPrDefault().getRPr().getRFonts().getEastAsia();
        }
        return id.font;
    }

    private static Style find(Styles styles, String styleId) {
        return styles.getStyle().stream()
                .filter(s -> styleId.equals(s.getStyleId()))
                .findFirst()
                .orElse(null);
    }
}
