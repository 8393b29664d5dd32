package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;
import org.selfeval.pipeline.Outcome;

/**
 * The Word writer is hand-written XML: every part it produces is validated against the ECMA-376
 * schemas (Apache POI's poi-ooxml-full XMLBeans types). Word refuses a file with elements out of
 * the schema's order, which LibreOffice and python-docx forgive, so only the schema can say the
 * file opens in Word.
 */
class OoxmlSchemaTest {

    @Test
    void reportsOfBothFrameworksAreSchemaValid() throws Exception {
        for (String example :
                List.of("huadu-amr-2023-corrected.xlsx", "qingshan-agri-2023-as-published.xlsx")) {
            Outcome o =
                    RealExamples.convert(
                            RealExamples.DIR.resolve(example), DocxRendererTest.RENDERER);
            assertValid(example + " 报告", o.report());
            assertValid(example + " 校验报告", o.auditReport());
        }
    }

    @Test
    void aBlockedSubmissionsAuditReportIsSchemaValid() throws Exception {
        Outcome o = RealExamples.convert(RealExamples.AS_PUBLISHED, DocxRendererTest.RENDERER);
        assertEquals(null, o.report());
        assertValid("原样版 校验报告", o.auditReport());
    }

    @Test
    void aReportWithABureausStylesIsSchemaValid(@TempDir Path dir) throws Exception {
        Path bureau = dir.resolve("财政局样式.docx");
        StyleOverrideTest.writeBureauStyles(bureau);
        DocxRenderer renderer =
                new DocxRenderer(
                        RenderOptions.defaults()
                                .withStyle(bureau)
                                .withClock(DocxRendererTest.FIXED));
        assertValid("--style 报告", renderer.report(RealExamples.evaluate(RealExamples.CORRECTED)));
    }

    /**
     * A report with its projects' 附表2, so with a two-item 附件说明 (its paragraphs carry their own
     * w:ind), is schema-valid; so is the single-item one of the reports above.
     */
    @Test
    void aReportWithItsProjectsAppendedIsSchemaValid() throws Exception {
        var forSheets =
                org.selfeval.framework.ProjectFrameworkSource.forSheets(
                        org.selfeval.framework.BuiltInProjectFrameworks.defaultFramework());
        var projects =
                new org.selfeval.ingest.ProjectSubmissionReader(forSheets)
                        .read(RealExamples.DIR.resolve("qingshan-agri-2023-projects.xlsx"));
        var evaluator = new org.selfeval.project.ProjectEvaluator(forSheets);
        var lines =
                projects.projects().stream()
                        .map(p -> evaluator.evaluate(p, null, null).line())
                        .toList();
        assertEquals(3, lines.size());
        byte[] report =
                DocxRendererTest.RENDERER.report(
                        RealExamples.evaluate(RealExamples.CORRECTED).withProjectTables(lines));
        assertTrue(
                new Docx(report).allText().contains("附件：1．部门整体支出绩效自评表\n2．2023年度项目支出绩效自评情况表"),
                "the 附件说明 with two items");
        assertValid("附表2 报告", report);
    }

    /** The schema catches what it should: an element out of order is an error. */
    @Test
    void anOutOfOrderElementIsReported() throws Exception {
        String wrong =
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + "<w:p><w:pPr><w:jc w:val=\"left\"/><w:pStyle w:val=\"BodyText\"/></w:pPr></w:p></w:body></w:document>";
        assertEquals(1, errors(DocumentDocument.Factory.parse(wrong)).size());
    }

    private static void assertValid(String what, byte[] docx) throws Exception {
        Map<String, String> parts = parts(docx);
        List<String> checked = new ArrayList<>();
        Map<String, List<String>> invalid = new LinkedHashMap<>();
        for (var part : parts.entrySet()) {
            XmlObject parsed = parse(part.getKey(), part.getValue());
            if (parsed == null) continue;
            checked.add(part.getKey());
            List<String> errors = errors(parsed);
            if (!errors.isEmpty()) invalid.put(part.getKey(), errors);
        }
        assertEquals(Map.of(), invalid, what);
        for (String required :
                List.of(
                        "word/document.xml",
                        "word/styles.xml",
                        "word/settings.xml",
                        "word/fontTable.xml",
                        "word/footer1.xml",
                        "word/footer2.xml",
                        "word/_rels/document.xml.rels")) {
            assertTrue(
                    checked.contains(required),
                    what + ": " + required + " not validated: " + checked);
        }
    }

    /**
     * The part parsed as its schema type; null for parts outside WordprocessingML (content types,
     * core properties).
     */
    private static XmlObject parse(String name, String xml) throws XmlException {
        if (name.equals("word/document.xml")) return DocumentDocument.Factory.parse(xml);
        if (name.equals("word/styles.xml")) return StylesDocument.Factory.parse(xml);
        if (name.equals("word/settings.xml")) return SettingsDocument.Factory.parse(xml);
        if (name.equals("word/fontTable.xml")) return FontsDocument.Factory.parse(xml);
        if (name.equals("word/numbering.xml")) return NumberingDocument.Factory.parse(xml);
        if (name.matches("word/footer\\d+\\.xml")) return FtrDocument.Factory.parse(xml);
        if (name.matches("word/header\\d+\\.xml")) return HdrDocument.Factory.parse(xml);
        if (name.endsWith(".rels")) return RelationshipsDocument.Factory.parse(xml);
        return null;
    }

    private static List<String> errors(XmlObject parsed) {
        List<XmlError> errors = new ArrayList<>();
        parsed.validate(new XmlOptions().setErrorListener(errors));
        return errors.stream().map(Object::toString).toList();
    }

    private static Map<String, String> parts(byte[] docx) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; )
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return parts;
    }
}
