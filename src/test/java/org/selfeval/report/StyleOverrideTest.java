package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --style FILE.docx: a bureau's styles replace ours by id or name, and runs follow the replaced
 * fonts.
 */
class StyleOverrideTest {

    @Test
    void bureauStylesReplaceOursAndRunsFollow(@TempDir Path dir) throws Exception {
        Path bureau = dir.resolve("财政局样式.docx");
        writeBureauStyles(bureau);
        DocxRenderer renderer =
                new DocxRenderer(
                        RenderOptions.defaults()
                                .withStyle(bureau)
                                .withClock(DocxRendererTest.FIXED));
        Docx doc = new Docx(renderer.report(RealExamples.evaluate(RealExamples.CORRECTED)));

        Styles styles = doc.pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement();
        Style h1 =
                styles.getStyle().stream()
                        .filter(s -> "Heading1".equals(s.getStyleId()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                "方正黑体_GBK",
                h1.getRPr().getRFonts().getEastAsia(),
                "matched by name 'heading 1', kept our id");
        assertEquals(BigInteger.valueOf(30), h1.getRPr().getSz().getVal());
        int headings = 0;
        for (P p : doc.paragraphs()) {
            if ("Heading1".equals(Docx.style(p))) {
                headings++;
                assertEquals(
                        "方正黑体_GBK", ((R) p.getContent().get(0)).getRPr().getRFonts().getEastAsia());
            }
        }
        assertEquals(5, headings, "一、二、三、四 and 附表");
        Style body =
                styles.getStyle().stream()
                        .filter(s -> "BodyText".equals(s.getStyleId()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                "仿宋_GB2312",
                body.getRPr().getRFonts().getEastAsia(),
                "styles the bureau did not define stay ours");
    }

    @Test
    void unreadableStyleFileIsExplained(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("样式.docx"), "not a docx");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new DocxRenderer(RenderOptions.defaults().withStyle(bad)));
        assertTrue(e.getMessage().contains("样式.docx"), e.getMessage());
    }

    /** A bureau template whose "heading 1" (under another id) uses 方正黑体_GBK 15 pt. */
    static void writeBureauStyles(Path file) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        StyleDefinitionsPart part = pkg.getMainDocumentPart().getStyleDefinitionsPart();
        ObjectFactory wml = new ObjectFactory();
        Styles styles = wml.createStyles();
        Style h1 = wml.createStyle();
        h1.setType("paragraph");
        h1.setStyleId("1");
        Style.Name name = wml.createStyleName();
        name.setVal("heading 1");
        h1.setName(name);
        h1.setRPr(runProperties(wml, "方正黑体_GBK", 30));
        styles.getStyle().add(h1);
        part.setJaxbElement(styles);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        Files.write(file, out.toByteArray());
    }

    /** A font on every script and a size in half-points, as a Word template's style sets them. */
    private static RPr runProperties(ObjectFactory wml, String font, int halfPoints) {
        RPr rpr = wml.createRPr();
        RFonts fonts = wml.createRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
        rpr.setRFonts(fonts);
        HpsMeasure sz = wml.createHpsMeasure();
        sz.setVal(BigInteger.valueOf(halfPoints));
        rpr.setSz(sz);
        return rpr;
    }
}
