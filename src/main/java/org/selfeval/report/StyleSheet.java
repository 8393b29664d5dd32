package org.selfeval.report;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTSignedTwipsMeasure;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STHint;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

/**
 * The styles part, built once: our GB/T 9704 styles, optionally overridden by a bureau's .docx (styles matched
 * by id or name replace ours under our id). Every document gets a deep copy. It also knows, for each of our
 * styles, the East Asian font its runs carry, so run-level fonts agree with the (possibly replaced) style.
 */
final class StyleSheet {

    static final String LANG = "zh-CN";
    /** Exact line spacing of body text: 28 pt in twips. */
    static final int BODY_LINE = 560;
    /** Character spacing of 3号 text, in twentieths of a point: 28 × 15.75 pt fit the 442.25 pt line. */
    static final int BODY_CONDENSED = -5;

    private static final ObjectFactory WML = new ObjectFactory();

    private final Styles styles;
    private final Map<StyleId, String> runFonts = new EnumMap<>(StyleId.class);

    private StyleSheet(Styles styles) {
        this.styles = styles;
        for (StyleId s : StyleId.values()) runFonts.put(s, resolveFont(s));
    }

    /** Our own styles. */
    static StyleSheet standard() {
        return new StyleSheet(ours());
    }

    /** Our styles with a bureau's styles laid over them. */
    static StyleSheet withOverrides(Path styleDocx) {
        Styles bureau;
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(styleDocx.toFile());
            StyleDefinitionsPart part = pkg.getMainDocumentPart().getStyleDefinitionsPart();
            if (part == null) throw new IllegalArgumentException("样式文件 " + styleDocx.getFileName() + " 中没有样式定义，请用 Word 另存一份含样式的 .docx。");
            bureau = part.getJaxbElement();
        } catch (Docx4JException e) {
            throw new IllegalArgumentException("无法读取样式文件 " + styleDocx.getFileName() + "：请提供用 Word 或 WPS 保存的 .docx 文件。", e);
        }
        return new StyleSheet(merge(ours(), bureau));
    }

    /** A fresh copy for one document (JAXB objects are mutable and belong to one tree). */
    Styles copy() {
        return XmlUtils.deepCopy(styles);
    }

    /** The East Asian font runs of this style carry. */
    String font(StyleId style) {
        return runFonts.get(style);
    }

    static Styles merge(Styles ours, Styles bureau) {
        if (bureau.getDocDefaults() != null) ours.setDocDefaults(XmlUtils.deepCopy(bureau.getDocDefaults()));
        List<Style> list = ours.getStyle();
        Set<String> replaced = new HashSet<>();
        Map<String, String> renamed = new java.util.HashMap<>();
        List<Style> copies = new java.util.ArrayList<>();
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
            if (s.getBasedOn() != null) s.getBasedOn().setVal(renamed.getOrDefault(s.getBasedOn().getVal(), s.getBasedOn().getVal()));
            if (s.getNext() != null) s.getNext().setVal(renamed.getOrDefault(s.getNext().getVal(), s.getNext().getVal()));
        }
        return ours;
    }

    private static int indexOf(List<Style> list, Style theirs) {
        for (int i = 0; i < list.size(); i++) {
            Style s = list.get(i);
            if (s.getStyleId() != null && s.getStyleId().equalsIgnoreCase(theirs.getStyleId())) return i;
            if (s.getName() != null && theirs.getName() != null
                    && s.getName().getVal().equalsIgnoreCase(theirs.getName().getVal())) return i;
        }
        return -1;
    }

    private String resolveFont(StyleId id) {
        Set<String> seen = new HashSet<>();
        String styleId = id.id;
        while (styleId != null && seen.add(styleId)) {
            Style s = find(styleId);
            if (s == null) break;
            if (s.getRPr() != null && s.getRPr().getRFonts() != null && s.getRPr().getRFonts().getEastAsia() != null) {
                return s.getRPr().getRFonts().getEastAsia();
            }
            styleId = s.getBasedOn() == null ? null : s.getBasedOn().getVal();
        }
        DocDefaults d = styles.getDocDefaults();
        if (d != null && d.getRPrDefault() != null && d.getRPrDefault().getRPr() != null
                && d.getRPrDefault().getRPr().getRFonts() != null
                && d.getRPrDefault().getRPr().getRFonts().getEastAsia() != null) {
            return d.getRPrDefault().getRPr().getRFonts().getEastAsia();
        }
        return id.font;
    }

    private Style find(String styleId) {
        return styles.getStyle().stream().filter(s -> styleId.equals(s.getStyleId())).findFirst().orElse(null);
    }

    // ---- our styles ----

    private static Styles ours() {
        Styles styles = WML.createStyles();
        styles.setDocDefaults(docDefaults());
        Style normal = paragraphStyle("Normal", "Normal", null);
        normal.setDefault(true);
        normal.setPPr(new PPr());
        normal.setRPr(runProperties("仿宋_GB2312", 32, false));
        styles.getStyle().add(normal);
        for (StyleId s : StyleId.values()) {
            styles.getStyle().add(paragraphStyle(s));
            styles.getStyle().add(characterStyle(s));
        }
        return styles;
    }

    private static DocDefaults docDefaults() {
        DocDefaults d = WML.createDocDefaults();
        DocDefaults.RPrDefault r = WML.createDocDefaultsRPrDefault();
        r.setRPr(runProperties("仿宋_GB2312", 32, false));
        d.setRPrDefault(r);
        DocDefaults.PPrDefault p = WML.createDocDefaultsPPrDefault();
        p.setPPr(new PPr());
        d.setPPrDefault(p);
        return d;
    }

    private static Style paragraphStyle(StyleId s) {
        Style style = paragraphStyle(s.id, s.name, "Normal");
        style.setQFormat(new BooleanDefaultTrue());
        Style.Next next = WML.createStyleNext();
        next.setVal(StyleId.BODY.id);
        style.setNext(next);
        Style.Link link = WML.createStyleLink();
        link.setVal(s.charId());
        style.setLink(link);
        PPr ppr = new PPr();
        PPrBase.Spacing spacing = WML.createPPrBaseSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        if (s == StyleId.TABLE) {
            spacing.setLine(BigInteger.valueOf(240));
            spacing.setLineRule(STLineSpacingRule.AUTO);
        } else {
            spacing.setLine(BigInteger.valueOf(s == StyleId.TITLE ? 720 : BODY_LINE));
            spacing.setLineRule(STLineSpacingRule.EXACT);
        }
        if (s == StyleId.TITLE) spacing.setAfter(BigInteger.valueOf(560));
        if (s == StyleId.CAPTION) spacing.setBefore(BigInteger.valueOf(120));
        ppr.setSpacing(spacing);
        if (s.indented) {
            PPrBase.Ind ind = WML.createPPrBaseInd();
            ind.setFirstLineChars(BigInteger.valueOf(200));
            // Word uses the character count; LibreOffice and WPS read the twips (2 × 16 pt).
            ind.setFirstLine(BigInteger.valueOf(2L * s.size * 10));
            ppr.setInd(ind);
        }
        if (s.centred) {
            Jc jc = WML.createJc();
            jc.setVal(JcEnumeration.CENTER);
            ppr.setJc(jc);
        } else if (s == StyleId.BODY || s.heading()) {
            Jc jc = WML.createJc();
            jc.setVal(JcEnumeration.BOTH);
            ppr.setJc(jc);
        }
        if (s.heading() || s == StyleId.TITLE || s == StyleId.CAPTION) {
            // No heading alone at the foot of a page.
            ppr.setKeepNext(new BooleanDefaultTrue());
            ppr.setKeepLines(new BooleanDefaultTrue());
        }
        if (s.outlineLevel() >= 0) {
            PPrBase.OutlineLvl lvl = WML.createPPrBaseOutlineLvl();
            lvl.setVal(BigInteger.valueOf(s.outlineLevel()));
            ppr.setOutlineLvl(lvl);
        }
        ppr.setWidowControl(new BooleanDefaultTrue());
        if (!s.onGrid()) {
            // Only 3号 text keeps to the 28 × 22 grid; a 10.5 pt table line or the title would take whole grid lines.
            BooleanDefaultTrue off = new BooleanDefaultTrue();
            off.setVal(false);
            ppr.setSnapToGrid(off);
        }
        style.setPPr(ppr);
        style.setRPr(runProperties(s.font, s.size, s.bold));
        return style;
    }

    private static Style characterStyle(StyleId s) {
        Style style = WML.createStyle();
        style.setType("character");
        style.setStyleId(s.charId());
        Style.Name name = WML.createStyleName();
        name.setVal(s.name + " Char");
        style.setName(name);
        Style.Link link = WML.createStyleLink();
        link.setVal(s.id);
        style.setLink(link);
        style.setRPr(runProperties(s.font, s.size, s.bold));
        return style;
    }

    private static Style paragraphStyle(String id, String name, String basedOn) {
        Style style = WML.createStyle();
        style.setType("paragraph");
        style.setStyleId(id);
        Style.Name n = WML.createStyleName();
        n.setVal(name);
        style.setName(n);
        if (basedOn != null) {
            Style.BasedOn b = WML.createStyleBasedOn();
            b.setVal(basedOn);
            style.setBasedOn(b);
        }
        return style;
    }

    static RPr runProperties(String font, int halfPoints, boolean bold) {
        RPr rpr = WML.createRPr();
        rpr.setRFonts(fonts(font));
        if (bold) rpr.setB(new BooleanDefaultTrue());
        HpsMeasure sz = WML.createHpsMeasure();
        sz.setVal(BigInteger.valueOf(halfPoints));
        rpr.setSz(sz);
        HpsMeasure szCs = WML.createHpsMeasure();
        szCs.setVal(BigInteger.valueOf(halfPoints));
        rpr.setSzCs(szCs);
        if (halfPoints == StyleId.BODY.size) {
            // 28 characters of 16 pt need 448 pt, the line has 442.25: Word compresses them to its character grid,
            // LibreOffice does not (a character wider than the grid cell takes two), so condense by 0.25 pt.
            CTSignedTwipsMeasure condensed = WML.createCTSignedTwipsMeasure();
            condensed.setVal(BigInteger.valueOf(BODY_CONDENSED));
            rpr.setSpacing(condensed);
        }
        rpr.setLang(lang());
        return rpr;
    }

    static RFonts fonts(String font) {
        RFonts f = WML.createRFonts();
        f.setAscii(font);
        f.setHAnsi(font);
        f.setEastAsia(font);
        f.setCs(font);
        f.setHint(STHint.EAST_ASIA);
        return f;
    }

    static CTLanguage lang() {
        CTLanguage l = WML.createCTLanguage();
        l.setEastAsia(LANG);
        return l;
    }
}
