package org.selfeval.ingest.xlsx;

import javax.xml.stream.XMLStreamException;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The text of a shared or inline string ({@code <si>}, {@code <is>}) as POI's {@link
 * XSSFRichTextString#getString()} gives it: the runs ({@code <r><t>}) concatenated when there are
 * any, else the plain {@code <t>}; phonetic runs ({@code <rPh>}) left out; Excel's {@code _xHHHH_}
 * escapes decoded.
 */
final class RichText {

    private RichText() {}

    /**
     * Reads the current {@code si}/{@code is} element to its end; null when it holds no text at all
     * (as POI).
     */
    static String read(XmlPart xml, String namespace) throws XMLStreamException, NotStreamable {
        String plain = null;
        StringBuilder runs = null;
        while (xml.nextChild()) {
            if (xml.is(namespace, "t")) {
                if (plain != null)
                    throw new NotStreamable(xml.name() + ": two texts in one string");
                plain = xml.text();
            } else if (xml.is(namespace, "r")) {
                if (runs == null) runs = new StringBuilder();
                runs.append(run(xml, namespace));
            } else if (xml.is(namespace, "rPh") || xml.is(namespace, "phoneticPr")) {
                xml.skip(); // furigana: POI leaves it out
            } else {
                throw new NotStreamable(xml.name() + ": unexpected element in a string");
            }
        }
        return decode(runs != null ? runs.toString() : plain);
    }

    private static String run(XmlPart xml, String namespace)
            throws XMLStreamException, NotStreamable {
        String text = null;
        while (xml.nextChild()) {
            if (xml.is(namespace, "t") && text == null) text = xml.text();
            else if (xml.is(namespace, "rPr")) xml.skip();
            else throw new NotStreamable(xml.name() + ": unexpected element in a text run");
        }
        if (text == null) throw new NotStreamable(xml.name() + ": a text run without text");
        return text;
    }

    /**
     * Excel's escapes ({@code _x000D_}) decoded exactly as POI does, by POI; rare, so POI's objects
     * cost little.
     */
    static String decode(String text) {
        if (text == null || !text.contains("_x")) return text;
        return new XSSFRichTextString(text).getString();
    }
}
