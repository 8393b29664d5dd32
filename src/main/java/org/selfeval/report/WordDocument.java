package org.selfeval.report;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.docProps.core.dc.terms.W3CDTF;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Body;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.Document;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RStyle;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Text;

/**
 * One Word document being written: paragraphs in our styles, tables, the GB/T 9704 page and the page-number
 * footer. Not thread-safe; each report gets its own instance (and its own JAXB tree).
 */
final class WordDocument {

    private static final ObjectFactory WML = new ObjectFactory();
    /** Space above the first paragraph under a table, in twips (half of the 28 pt line). */
    private static final int AFTER_TABLE = 280;
    /** A4 and the GB/T 9704 margins, in twips (37 mm top, 35 mm bottom, 28 mm left, 26 mm right). */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 2098;
    static final int MARGIN_BOTTOM = 1984;
    static final int MARGIN_LEFT = 1587;
    static final int MARGIN_RIGHT = 1474;

    private final StyleSheet sheet;
    private final WordprocessingMLPackage pkg;
    private final Body body;
    private final Tables tables;
    /** The next paragraph starts a new page (an appendix). */
    private boolean newPage;

    WordDocument(StyleSheet sheet) {
        this.sheet = sheet;
        this.tables = new Tables(this);
        try {
            pkg = new WordprocessingMLPackage();
            MainDocumentPart main = new MainDocumentPart();
            Document document = WML.createDocument();
            body = WML.createBody();
            document.setBody(body);
            main.setJaxbElement(document);
            pkg.addTargetPart(main);
            StyleDefinitionsPart styles = new StyleDefinitionsPart();
            styles.setJaxbElement(sheet.copy());
            main.addTargetPart(styles);
            main.addTargetPart(PackageParts.settings());
            main.addTargetPart(PackageParts.fontTable());
            body.setSectPr(section(main));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("docx4j could not create a package", e);
        }
    }

    /** A paragraph of one run, e.g. a heading or a body paragraph. Blank text adds nothing (no stray empty lines). */
    WordDocument paragraph(StyleId style, String text) {
        if (text == null || text.isBlank()) return this;
        P p = paragraphOf(style, text);
        if (newPage) {
            p.getPPr().setPageBreakBefore(new BooleanDefaultTrue());
            newPage = false;
        }
        if (afterTable()) {
            // Half a line of air under a table instead of an empty paragraph.
            PPrBase.Spacing gap = WML.createPPrBaseSpacing();
            gap.setBefore(BigInteger.valueOf(AFTER_TABLE));
            p.getPPr().setSpacing(gap);
        }
        body.getContent().add(p);
        return this;
    }

    /** The last paragraph stays on the page of what follows (a table's introduction). */
    WordDocument keepWithNext() {
        List<Object> content = body.getContent();
        if (!content.isEmpty() && org.docx4j.XmlUtils.unwrap(content.get(content.size() - 1)) instanceof P p) {
            p.getPPr().setKeepNext(new BooleanDefaultTrue());
        }
        return this;
    }

    /** The next paragraph starts on a new page. */
    WordDocument newPage() {
        newPage = true;
        return this;
    }

    private boolean afterTable() {
        List<Object> content = body.getContent();
        return !content.isEmpty() && org.docx4j.XmlUtils.unwrap(content.get(content.size() - 1)) instanceof org.docx4j.wml.Tbl;
    }

    WordDocument paragraphs(StyleId style, List<String> texts) {
        texts.forEach(t -> paragraph(style, t));
        return this;
    }

    WordDocument table(TableSpec spec) {
        body.getContent().add(tables.build(spec));
        return this;
    }

    P paragraphOf(StyleId style, String text) {
        P p = WML.createP();
        p.setPPr(paragraphProperties(style));
        p.getContent().add(run(style, text));
        return p;
    }

    PPr paragraphProperties(StyleId style) {
        PPr ppr = WML.createPPr();
        PPrBase.PStyle ps = WML.createPPrBasePStyle();
        ps.setVal(style.id);
        ppr.setPStyle(ps);
        return ppr;
    }

    /** A run (a "\\n" in the text becomes a line break) carrying its character style, East Asian font and zh-CN language, so no viewer falls back to Calibri. */
    R run(StyleId style, String text) {
        R r = WML.createR();
        RPr rpr = WML.createRPr();
        RStyle rs = WML.createRStyle();
        rs.setVal(style.charId());
        rpr.setRStyle(rs);
        rpr.setRFonts(StyleSheet.fonts(sheet.font(style)));
        rpr.setLang(StyleSheet.lang());
        r.setRPr(rpr);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) r.getContent().add(WML.createBr());
            Text t = WML.createText();
            t.setValue(lines[i]);
            t.setSpace("preserve");
            r.getContent().add(WML.createRT(t));
        }
        return r;
    }

    /** Document properties: title, the department as author, the year as subject and keywords. */
    WordDocument properties(String title, String creator, String year, Instant time) {
        try {
            DocPropsCorePart part = new DocPropsCorePart();
            org.docx4j.docProps.core.ObjectFactory core = new org.docx4j.docProps.core.ObjectFactory();
            org.docx4j.docProps.core.dc.elements.ObjectFactory dc = new org.docx4j.docProps.core.dc.elements.ObjectFactory();
            CoreProperties props = core.createCoreProperties();
            props.setTitle(dc.createTitle(literal(title)));
            props.setCreator(literal(creator));
            props.setSubject(literal(year.isEmpty() ? "" : year + "年度"));
            props.setKeywords(year);
            props.setLastModifiedBy(creator);
            props.setLanguage(literal(StyleSheet.LANG));
            props.setCreated(date(time));
            props.setModified(date(time));
            part.setJaxbElement(props);
            pkg.addTargetPart(part);
            return this;
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("docx4j could not add document properties", e);
        }
    }

    byte[] toBytes(Instant time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            pkg.save(out);
        } catch (Docx4JException e) {
            throw new IllegalStateException("docx4j could not save the document", e);
        }
        return ZipTimes.fix(out.toByteArray(), time);
    }

    private static SimpleLiteral literal(String value) {
        SimpleLiteral l = new SimpleLiteral();
        l.getContent().add(value == null ? "" : value);
        return l;
    }

    private static SimpleLiteral date(Instant time) {
        W3CDTF d = new W3CDTF();
        d.getContent().add(time.truncatedTo(ChronoUnit.SECONDS).toString());
        return d;
    }

    /** A4 portrait with the GB/T 9704 margins, the 28 × 22 grid and the "— N —" footers. */
    private SectPr section(MainDocumentPart main) throws InvalidFormatException {
        SectPr sect = WML.createSectPr();
        SectPr.PgSz size = WML.createSectPrPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        sect.setPgSz(size);
        SectPr.PgMar mar = WML.createSectPrPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(1134));
        mar.setGutter(BigInteger.ZERO);
        sect.setPgMar(mar);

        // GB/T 9704 7.5: the page number sits at the right on odd pages and at the left on even pages.
        footer(main, sect, "/word/footer1.xml", HdrFtrRef.DEFAULT, JcEnumeration.RIGHT);
        footer(main, sect, "/word/footer2.xml", HdrFtrRef.EVEN, JcEnumeration.LEFT);
        sect.setDocGrid(PackageParts.grid());
        return sect;
    }

    private void footer(MainDocumentPart main, SectPr sect, String name, HdrFtrRef type, JcEnumeration side)
            throws InvalidFormatException {
        FooterPart footer = new FooterPart(new PartName(name));
        Relationship rel = main.addTargetPart(footer);
        Ftr ftr = WML.createFtr();
        ftr.getContent().add(pageNumber(side));
        footer.setJaxbElement(ftr);
        FooterReference ref = WML.createFooterReference();
        ref.setId(rel.getId());
        ref.setType(type);
        sect.getEGHdrFtrReferences().add(ref);
    }

    /** "— N —" with a PAGE field, 4号, one character in from the outer margin (空一字). */
    private P pageNumber(JcEnumeration side) {
        P p = WML.createP();
        PPr ppr = paragraphProperties(StyleId.FOOTER);
        Jc jc = WML.createJc();
        jc.setVal(side);
        ppr.setJc(jc);
        PPrBase.Ind ind = WML.createPPrBaseInd();
        BigInteger oneCharacter = BigInteger.valueOf(StyleId.FOOTER.size * 10L);
        if (side == JcEnumeration.RIGHT) ind.setRight(oneCharacter);
        else ind.setLeft(oneCharacter);
        ppr.setInd(ind);
        p.setPPr(ppr);
        p.getContent().add(run(StyleId.FOOTER, "— "));
        CTSimpleField field = WML.createCTSimpleField();
        field.setInstr(" PAGE ");
        field.getContent().add(run(StyleId.FOOTER, "1"));
        p.getContent().add(WML.createPFldSimple(field));
        p.getContent().add(run(StyleId.FOOTER, " —"));
        return p;
    }
}
