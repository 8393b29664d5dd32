package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Evaluation;
import org.selfeval.pipeline.Outcome;
import org.selfeval.report.docx.Column;
import org.selfeval.report.docx.DocxPackage;
import org.selfeval.report.docx.StyleId;
import org.selfeval.report.docx.StyleSheet;
import org.selfeval.report.docx.TableSpec;
import org.selfeval.report.docx.WordDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The package the direct writer zips, read with nothing but java.util.zip and a DOM parser: every
 * part well-formed, content types and relationships naming exactly the parts present, reproducible
 * bytes, escaped text, kept tables.
 */
class DocxPackageTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final Instant TIME = DocxRendererTest.FIXED.instant();

    static Evaluation corrected;
    static byte[] report;
    static byte[] audit;

    @BeforeAll
    static void render() {
        Outcome outcome = RealExamples.convert(RealExamples.CORRECTED, DocxRendererTest.RENDERER);
        corrected = outcome.evaluation();
        report = outcome.report();
        audit = outcome.auditReport();
    }

    @Test
    void everyPartIsWellFormedAndContentTypesAndRelationshipsNameExactlyThePartsPresent()
            throws Exception {
        for (byte[] docx : List.of(report, audit)) {
            Map<String, byte[]> parts = unzip(docx);
            Map<String, Document> xml = new LinkedHashMap<>();
            for (var part : parts.entrySet()) xml.put(part.getKey(), parse(part.getValue()));
            assertEquals(
                    List.of(
                            "[Content_Types].xml",
                            "_rels/.rels",
                            "word/document.xml",
                            "word/_rels/document.xml.rels",
                            "word/styles.xml",
                            "word/settings.xml",
                            "word/fontTable.xml",
                            "word/footer1.xml",
                            "word/footer2.xml",
                            "docProps/core.xml"),
                    new ArrayList<>(parts.keySet()),
                    "docx4j's part order");

            Document types = xml.get("[Content_Types].xml");
            Set<String> overridden = new HashSet<>();
            for (Element o : elements(types, "Override"))
                assertTrue(overridden.add(o.getAttribute("PartName").substring(1)));
            Set<String> notRels = new HashSet<>(parts.keySet());
            notRels.removeIf(n -> n.endsWith(".rels") || n.equals("[Content_Types].xml"));
            assertEquals(
                    notRels, overridden, "a content type for every part, none for a missing one");
            assertEquals("rels", elements(types, "Default").get(0).getAttribute("Extension"));

            Set<String> targets = new HashSet<>();
            for (String rels : List.of("_rels/.rels", "word/_rels/document.xml.rels")) {
                String base = rels.substring(0, rels.indexOf("_rels/"));
                Set<String> ids = new HashSet<>();
                for (Element r : elements(xml.get(rels), "Relationship")) {
                    assertTrue(ids.add(r.getAttribute("Id")), "ids unique in " + rels);
                    String target = base + r.getAttribute("Target");
                    assertTrue(parts.containsKey(target), rels + " names a missing part " + target);
                    targets.add(target);
                }
            }
            assertEquals(notRels, targets, "every part is reached from the package relationships");

            Set<String> footerIds = new HashSet<>();
            for (Element ref : elements(xml.get("word/document.xml"), "footerReference")) {
                footerIds.add(
                        ref.getAttributeNS(
                                "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                "id"));
            }
            Set<String> footerRels = new HashSet<>();
            for (Element r : elements(xml.get("word/_rels/document.xml.rels"), "Relationship")) {
                if (r.getAttribute("Type").endsWith("/footer"))
                    footerRels.add(r.getAttribute("Id"));
            }
            assertEquals(
                    footerRels,
                    footerIds,
                    "the section refers to both footers by their relationship ids");

            for (var part : xml.entrySet()) {
                Element root = part.getValue().getDocumentElement();
                String ignorable = root.getAttributeNS(MC, "Ignorable");
                for (String prefix :
                        ignorable.isBlank() ? new String[0] : ignorable.trim().split("\\s+")) {
                    assertNotNull(
                            root.lookupNamespaceURI(prefix),
                            part.getKey() + ": mc:Ignorable names undeclared " + prefix);
                }
            }
        }
    }

    @Test
    void sameEvaluationAndClockGiveTheSameBytesStampedWithTheClock() throws Exception {
        assertArrayEquals(report, DocxRendererTest.RENDERER.report(corrected));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(report))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(LocalDateTime.of(2024, 3, 31, 8, 0), e.getTimeLocal(), e.getName());
            }
        }
        Document core = parse(unzip(report).get("docProps/core.xml"));
        assertEquals("2024-03-31T08:00:00Z", elements(core, "created").get(0).getTextContent());
        assertEquals(
                "2023年度广州市花都区市场监督管理局部门整体支出绩效自评报告", elements(core, "title").get(0).getTextContent());
    }

    @Test
    void textIsEscapedForbiddenCharactersDroppedAndLineBreaksKept() throws Exception {
        String markup = "a<b & c>d \"q\" 'a' ]]> &amp;";
        String raw =
                markup
                        + " \u0001\u0008\u000B\u001F\uFFFE\uFFFF\uDC00\uD800|tab\there \uD83D\uDE00\nsecond line";
        String clean = markup + " |tab\there \uD83D\uDE00";
        WordDocument doc = new WordDocument(new DocxPackage(StyleSheet.standard()));
        doc.paragraph(StyleId.BODY, raw);
        doc.table(
                new TableSpec(
                        List.of(Column.text("<列&\">"), Column.figure("金额")),
                        List.of(List.of(raw, "1"))));
        doc.properties("标题 <&> \u0002", "部门 \"甲\" & '乙'", "2023", TIME);
        Map<String, byte[]> parts = unzip(doc.toBytes(TIME));
        Document xml = parse(parts.get("word/document.xml"));

        Element p = elements(xml, "p").get(0);
        assertEquals(List.of(clean, "second line"), texts(p));
        NodeList run = elements(p, "r").get(0).getChildNodes();
        assertEquals(
                List.of("rPr", "t", "br", "t"),
                names(run),
                "the line feed became a <w:br/> between two texts");
        Element table = elements(xml, "tbl").get(0);
        List<Element> rows = elements(table, "tr");
        assertEquals(List.of("<列&\">", "金额"), texts(rows.get(0)));
        assertEquals(List.of(clean, "second line", "1"), texts(rows.get(1)));
        Document core = parse(parts.get("docProps/core.xml"));
        assertEquals("标题 <&> ", elements(core, "title").get(0).getTextContent());
        assertEquals("部门 \"甲\" & '乙'", elements(core, "creator").get(0).getTextContent());
    }

    @Test
    void tablesKeepTheirProperties() throws Exception {
        for (byte[] docx : List.of(report, audit)) {
            Document xml = parse(unzip(docx).get("word/document.xml"));
            List<Element> tables = elements(xml, "tbl");
            assertFalse(tables.isEmpty());
            for (Element table : tables) {
                Element pr = child(table, "tblPr");
                assertEquals("fixed", attribute(child(pr, "tblLayout"), "type"));
                assertEquals(
                        String.valueOf(TableSpec.TEXT_WIDTH), attribute(child(pr, "tblW"), "w"));
                assertEquals("center", attribute(child(pr, "jc"), "val"));
                List<String> sides = new ArrayList<>();
                for (Element b : children(child(pr, "tblBorders"))) {
                    sides.add(b.getLocalName());
                    assertEquals("single", attribute(b, "val"));
                    assertEquals("4", attribute(b, "sz"));
                }
                assertEquals(
                        List.of("top", "left", "bottom", "right", "insideH", "insideV"), sides);
                List<Integer> grid =
                        children(child(table, "tblGrid")).stream()
                                .map(c -> Integer.valueOf(attribute(c, "w")))
                                .toList();
                assertEquals(TableSpec.TEXT_WIDTH, grid.stream().mapToInt(Integer::intValue).sum());
                List<Element> rows = elements(table, "tr");
                for (int r = 0; r < rows.size(); r++) {
                    Element trPr = child(rows.get(r), "trPr");
                    assertNotNull(child(trPr, "cantSplit"), "no row splits across pages");
                    assertEquals(
                            r == 0,
                            child(trPr, "tblHeader") != null,
                            "only the first row repeats as header");
                    List<Element> cells = elements(rows.get(r), "tc");
                    assertEquals(grid.size(), cells.size());
                    for (int c = 0; c < cells.size(); c++) {
                        Element tcPr = child(cells.get(c), "tcPr");
                        assertEquals(
                                String.valueOf(grid.get(c)), attribute(child(tcPr, "tcW"), "w"));
                        assertEquals("center", attribute(child(tcPr, "vAlign"), "val"));
                        if (r == 0) assertEquals("F2F2F2", attribute(child(tcPr, "shd"), "fill"));
                    }
                }
            }
        }
    }

    static Map<String, byte[]> unzip(byte[] docx) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertTrue(
                        parts.put(e.getName(), zip.readAllBytes()) == null, "one entry per name");
            }
        }
        return parts;
    }

    /** A namespace-aware parse; throws on anything not well-formed. */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Node in, String localName) {
        NodeList list =
                in instanceof Document d
                        ? d.getElementsByTagNameNS("*", localName)
                        : ((Element) in).getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    private static List<String> texts(Element in) {
        return elements(in, "t").stream().map(Element::getTextContent).toList();
    }

    private static List<String> names(NodeList nodes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getLocalName());
        return out;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element c) out.add(c);
        return out;
    }

    private static Element child(Element e, String localName) {
        return children(e).stream()
                .filter(c -> localName.equals(c.getLocalName()))
                .findFirst()
                .orElse(null);
    }

    private static String attribute(Element e, String localName) {
        assertNotNull(e);
        return e.getAttributeNS(W, localName);
    }
}
