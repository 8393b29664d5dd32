package org.selfeval.report.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipOutputStream;

/**
 * Writes the .docx package with java.util.zip: the parts that are the same for every document of a
 * renderer (styles, settings, font table, footers, content types, relationships) are built once as
 * bytes; document.xml and core.xml come per document. Every entry is stamped with the document's
 * time ({@link ZipTimes#entry}), so the same evaluation and clock give the same bytes. Immutable
 * and thread-safe.
 */
public final class DocxPackage {

    private final Runs runs;
    private final Tables tables;
    private final byte[] contentTypes;
    private final byte[] packageRels;
    private final byte[] documentRels;
    private final byte[] styles;
    private final byte[] settings;
    private final byte[] fontTable;
    private final byte[] oddFooter;
    private final byte[] evenFooter;

    public DocxPackage(StyleSheet sheet) {
        runs = new Runs(sheet);
        tables = new Tables(runs);
        contentTypes = utf8(PackageParts.contentTypes());
        packageRels = utf8(PackageParts.packageRelationships());
        documentRels = utf8(PackageParts.documentRelationships());
        styles = sheet.xml();
        settings = utf8(PackageParts.settings());
        fontTable = utf8(PackageParts.fontTable());
        oddFooter = utf8(PackageParts.footer(runs, true));
        evenFooter = utf8(PackageParts.footer(runs, false));
    }

    Runs runs() {
        return runs;
    }

    Tables tables() {
        return tables;
    }

    /**
     * The zipped package around {@code document} (document.xml) and {@code core} (core.xml), in
     * docx4j's part order.
     */
    byte[] write(byte[] document, byte[] core, Instant time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length / 8 + 16_384);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, time, "[Content_Types].xml", contentTypes);
            entry(zip, time, "_rels/.rels", packageRels);
            entry(zip, time, "word/document.xml", document);
            entry(zip, time, "word/_rels/document.xml.rels", documentRels);
            entry(zip, time, "word/styles.xml", styles);
            entry(zip, time, "word/settings.xml", settings);
            entry(zip, time, "word/fontTable.xml", fontTable);
            entry(zip, time, "word/footer1.xml", oddFooter);
            entry(zip, time, "word/footer2.xml", evenFooter);
            entry(zip, time, "docProps/core.xml", core);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, Instant time, String name, byte[] bytes)
            throws IOException {
        zip.putNextEntry(ZipTimes.entry(name, time));
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * core.xml: the title, the department as author and last editor, the year as subject and
     * keywords, the time.
     */
    static byte[] coreProperties(String title, String creator, String year, Instant time) {
        String when = time.truncatedTo(ChronoUnit.SECONDS).toString();
        String by = value(creator);
        StringBuilder x =
                new StringBuilder(1024)
                        .append(PackageParts.DECLARATION)
                        .append(
                                "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                        .append(
                                " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                        .append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
                        .append(when)
                        .append("</dcterms:created>");
        XmlText.text(x.append("<dc:creator>"), by).append("</dc:creator>");
        XmlText.text(x.append("<cp:keywords>"), value(year)).append("</cp:keywords>");
        x.append("<dc:language>").append(StyleSheet.LANG).append("</dc:language>");
        XmlText.text(x.append("<cp:lastModifiedBy>"), by).append("</cp:lastModifiedBy>");
        x.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
                .append(when)
                .append("</dcterms:modified>");
        XmlText.text(x.append("<dc:subject>"), value(year).isEmpty() ? "" : year + "年度")
                .append("</dc:subject>");
        XmlText.text(x.append("<dc:title>"), value(title)).append("</dc:title>");
        return utf8(x.append("</cp:coreProperties>").toString());
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }

    private static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
