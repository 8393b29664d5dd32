package org.selfeval.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** The shared string table ({@code xl/sharedStrings.xml}) as the texts POI gives for its items. */
final class SharedStrings {

    private final List<String> items;

    private SharedStrings(List<String> items) {
        this.items = items;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of());
    }

    static SharedStrings read(XlsxParts parts, String name)
            throws IOException, XMLStreamException, NotStreamable {
        List<String> items = new ArrayList<>();
        try (InputStream in = parts.open(name);
                XmlPart xml = XmlPart.open(name, in)) {
            xml.root(StreamingWorkbook.MAIN, "sst");
            while (xml.nextChild()) {
                if (xml.is(StreamingWorkbook.MAIN, "si"))
                    items.add(RichText.read(xml, StreamingWorkbook.MAIN));
                else xml.skip(); // extLst
            }
            xml.finish();
        }
        return new SharedStrings(items);
    }

    /** The text of item {@code index} (null when the item holds no text, as POI). */
    String get(String index) throws NotStreamable {
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            throw new NotStreamable("shared string index " + index);
        }
        if (i < 0 || i >= items.size())
            throw new NotStreamable("shared string index " + index + " out of range");
        return items.get(i);
    }
}
