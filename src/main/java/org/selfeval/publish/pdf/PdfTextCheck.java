package org.selfeval.publish.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What is published is what was checked: the text of a PDF (read with PDFBox, in the order
 * LibreOffice drew it) must be the text of its .docx character for character, apart from white
 * space (line breaks, the space a justified line spreads) and what the layout repeats: the
 * page-number footer "— N —" and the header row of a table continued on the next page. Anything
 * else, a punctuation mark dropped at a line end or a character drawn twice, is a mismatch.
 */
public final class PdfTextCheck {

    private static final Pattern TEXT =
            Pattern.compile("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>|<w:t\\s*/>");
    private static final Pattern ROW = Pattern.compile("<w:tr>.*?</w:tr>", Pattern.DOTALL);
    private static final Pattern PAGE_NUMBER = Pattern.compile("—\\d+—");
    private static final int CONTEXT = 12;

    private PdfTextCheck() {}

    /** Empty when the PDF carries exactly the document's text, else where they part, in Chinese. */
    public static Optional<String> mismatch(byte[] docx, byte[] pdf) throws IOException {
        String document = documentXml(docx);
        return compare(squeeze(text(document)), squeeze(pdfText(pdf)), repeatedRows(document));
    }

    /**
     * The text of a .docx's document part, runs joined (footers, fields and properties are not part
     * of it).
     */
    static String documentText(byte[] docx) throws IOException {
        return text(documentXml(docx));
    }

    /** The PDF's text in drawing order (the order LibreOffice wrote each table cell and line). */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(doc);
        }
    }

    static Optional<String> compare(String doc, String pdf, Set<String> repeated) {
        int i = 0;
        int j = 0;
        while (j < pdf.length()) {
            int skip = repeatedAt(pdf, j, doc, i, repeated);
            if (skip > 0) {
                j += skip;
            } else if (i < doc.length() && doc.charAt(i) == pdf.charAt(j)) {
                i++;
                j++;
            } else {
                return Optional.of(where(doc, i, pdf, j));
            }
        }
        return i == doc.length() ? Optional.empty() : Optional.of(where(doc, i, pdf, j));
    }

    /**
     * The length of a footer or repeated header row at {@code pdf[j]} the document does not have at
     * {@code doc[i]}.
     */
    private static int repeatedAt(String pdf, int j, String doc, int i, Set<String> repeated) {
        Matcher m = PAGE_NUMBER.matcher(pdf).region(j, pdf.length());
        if (m.lookingAt() && !doc.startsWith(m.group(), i)) return m.group().length();
        for (String row : repeated) {
            if (pdf.startsWith(row, j) && !doc.startsWith(row, i)) return row.length();
        }
        return 0;
    }

    private static String where(String doc, int i, String pdf, int j) {
        return "文档第 " + (i + 1) + " 字起为“" + excerpt(doc, i) + "”，PDF 中为“" + excerpt(pdf, j) + "”";
    }

    private static String excerpt(String s, int at) {
        if (at >= s.length()) return "（已结束）";
        return (at > 0 ? "…" : "")
                + s.substring(Math.max(0, at - CONTEXT), at)
                + "▲"
                + s.substring(at, Math.min(s.length(), at + CONTEXT))
                + "…";
    }

    /**
     * Header rows (tblHeader) a table repeats on each page it continues to, without white space.
     */
    private static Set<String> repeatedRows(String document) {
        Set<String> rows = new LinkedHashSet<>();
        Matcher m = ROW.matcher(document);
        while (m.find()) {
            if (m.group().contains("<w:tblHeader/>")) {
                String row = squeeze(text(m.group()));
                if (!row.isEmpty()) rows.add(row);
            }
        }
        return rows;
    }

    private static String text(String xml) {
        StringBuilder s = new StringBuilder(xml.length() / 4);
        Matcher m = TEXT.matcher(xml);
        while (m.find()) if (m.group(1) != null) s.append(unescape(m.group(1)));
        return s.toString();
    }

    /** Without white space of any kind (also the no-break and ideographic spaces). */
    static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c =
                    switch (e) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        default ->
                                Character.toString(
                                        e.startsWith("#x")
                                                ? Integer.parseInt(e.substring(2), 16)
                                                : Integer.parseInt(e.substring(1)));
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        return m.appendTail(out).toString();
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml"))
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new IOException("word/document.xml 不在 .docx 中");
    }
}
