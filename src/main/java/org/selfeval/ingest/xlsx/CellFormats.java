package org.selfeval.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The number format of each cell style ({@code xl/styles.xml}) as POI's {@code XSSFCellStyle}
 * reports it: the style's {@code numFmtId} cast to short, and its format string from the workbook's
 * own formats or else POI's built-in ones.
 */
final class CellFormats {

    /**
     * A cell style's number format; {@code format} null when POI knows none (it then formats as
     * "General"); {@code date} as {@code DateUtil.isADateFormat} says, decided once per format
     * rather than once per cell.
     */
    record Format(short index, String format, boolean date) {}

    private final List<Format> styles;

    private CellFormats(List<Format> styles) {
        this.styles = styles;
    }

    static CellFormats read(XlsxParts parts, String name)
            throws IOException, XMLStreamException, NotStreamable {
        String main = StreamingWorkbook.MAIN;
        Map<Short, String> custom = new HashMap<>();
        List<Long> cellXfs = new ArrayList<>();
        try (InputStream in = parts.open(name);
                XmlPart xml = XmlPart.open(name, in)) {
            xml.root(main, "styleSheet");
            while (xml.nextChild()) {
                if (xml.is(main, "numFmts")) {
                    while (xml.nextChild()) {
                        if (xml.is(main, "numFmt")) {
                            // POI keys its map by the id cast to short; a later duplicate replaces
                            // an earlier one
                            custom.put(
                                    (short) id(xml.attribute("numFmtId")),
                                    xml.attribute("formatCode"));
                        }
                        xml.skip();
                    }
                } else if (xml.is(main, "cellXfs")) {
                    while (xml.nextChild()) {
                        if (!xml.is(main, "xf"))
                            throw new NotStreamable(name + ": unexpected element in cellXfs");
                        String id = xml.attribute("numFmtId");
                        cellXfs.add(id == null ? 0 : id(id));
                        xml.skip();
                    }
                } else {
                    xml.skip();
                }
            }
            xml.finish();
        }
        List<Format> styles = new ArrayList<>(cellXfs.size());
        Map<Short, Format> byIndex = new HashMap<>();
        for (long id : cellXfs) {
            styles.add(
                    byIndex.computeIfAbsent(
                            (short) id,
                            index -> {
                                String own = custom.get(index);
                                String format =
                                        own != null ? own : BuiltinFormats.getBuiltinFormat(index);
                                return new Format(
                                        index, format, DateUtil.isADateFormat(index, format));
                            }));
        }
        return new CellFormats(styles);
    }

    private static long id(String text) throws NotStreamable {
        try {
            long id = Long.parseLong(text);
            if (id < 0 || id > 0xFFFFFFFFL) throw new NotStreamable("number format id " + text);
            return id;
        } catch (NumberFormatException e) {
            throw new NotStreamable("number format id " + text);
        }
    }

    /** The format of cell style {@code s} (the {@code s} attribute of a cell; absent means 0). */
    Format of(String s) throws NotStreamable {
        int i;
        try {
            i = s == null ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new NotStreamable("cell style " + s);
        }
        // POI has no style for an index outside cellXfs, and then fails reading the number
        if (i < 0 || i >= styles.size())
            throw new NotStreamable("cell style " + s + " out of range");
        return styles.get(i);
    }
}
