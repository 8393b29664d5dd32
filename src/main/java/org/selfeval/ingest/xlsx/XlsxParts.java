package org.selfeval.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.selfeval.ingest.grid.ReadLimits;

/**
 * The parts of an .xlsx package for the streaming reader: opened through POI's own {@link
 * ZipSecureFile}, so the same zip-bomb checks apply to every part read; all parts together inflate
 * to at most {@link ReadLimits#MAX_UNCOMPRESSED_BYTES}. A package POI might refuse (unusual part
 * names, a part without a content type, a DOCTYPE anywhere) is not streamed.
 */
final class XlsxParts {

    static final String PACKAGE_RELATIONSHIPS =
            "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPES_NS =
            "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    /**
     * Bytes read of a part not parsed, to find its root element (Excel's prologs are under 100
     * bytes).
     */
    private static final int PROLOG_BYTES = 1024;

    private final ZipSecureFile zip;
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
    private final InflateBudget budget = new InflateBudget(ReadLimits.MAX_UNCOMPRESSED_BYTES);
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private final Set<String> opened = new HashSet<>();

    /**
     * One relationship of a part; {@code target} is the zip entry name it points to (null when
     * external).
     */
    record Relationship(String id, String type, String target) {}

    private XlsxParts(ZipSecureFile zip) {
        this.zip = zip;
    }

    static XlsxParts index(ZipSecureFile zip) throws NotStreamable {
        XlsxParts parts = new XlsxParts(zip);
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            String name = entry.getName();
            if (entry.isDirectory() || !plainName(name))
                throw new NotStreamable("unusual zip entry " + name);
            if (parts.entries.putIfAbsent(name, entry) != null)
                throw new NotStreamable("zip entry twice: " + name);
        }
        return parts;
    }

    /**
     * Names Excel writes: a/b/c.xml. Anything else (backslashes, "..", escapes) is left to POI's
     * rules.
     */
    private static boolean plainName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.endsWith("/") || name.contains("//"))
            return false;
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.endsWith(".")) return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' || c == '%' || c < 0x20 || c > 0x7e) return false;
        }
        return true;
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    Iterable<String> names() {
        return entries.keySet();
    }

    /** The parts not opened yet. */
    List<String> unopened() {
        return entries.keySet().stream().filter(name -> !opened.contains(name)).toList();
    }

    InputStream open(String name) throws IOException, NotStreamable {
        ZipArchiveEntry entry = entries.get(name);
        if (entry == null) throw new NotStreamable("no part " + name);
        opened.add(name);
        return budget.wrap(zip.getInputStream(entry));
    }

    /** Every part must have a content type, as POI requires. */
    void readContentTypes() throws IOException, XMLStreamException, NotStreamable {
        try (InputStream in = open(CONTENT_TYPES);
                XmlPart xml = XmlPart.open(CONTENT_TYPES, in)) {
            xml.root(CONTENT_TYPES_NS, "Types");
            while (xml.nextChild()) {
                if (xml.is(CONTENT_TYPES_NS, "Default")) {
                    put(defaults, xml.attribute("Extension"), xml.attribute("ContentType"));
                } else if (xml.is(CONTENT_TYPES_NS, "Override")) {
                    String part = xml.attribute("PartName");
                    if (part == null || !part.startsWith("/"))
                        throw new NotStreamable("content type override " + part);
                    put(overrides, part.substring(1), xml.attribute("ContentType"));
                } else {
                    throw new NotStreamable("unexpected element in " + CONTENT_TYPES);
                }
                xml.skip();
            }
            xml.finish();
        }
        for (String name : entries.keySet()) {
            if (!name.equals(CONTENT_TYPES) && contentType(name) == null)
                throw new NotStreamable("no content type for " + name);
        }
    }

    private static void put(Map<String, String> map, String key, String value)
            throws NotStreamable {
        if (key == null || value == null) throw new NotStreamable("incomplete content type");
        if (map.put(key.toLowerCase(Locale.ROOT), value) != null)
            throw new NotStreamable("content type twice: " + key);
    }

    String contentType(String name) {
        String type = overrides.get(name.toLowerCase(Locale.ROOT));
        if (type != null) return type;
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : defaults.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The relationships of a part ("" for the package), by id; empty when it has none. */
    Map<String, Relationship> relationships(String part)
            throws IOException, XMLStreamException, NotStreamable {
        int slash = part.lastIndexOf('/');
        String folder = part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        Map<String, Relationship> byId = new LinkedHashMap<>();
        if (!has(rels)) return byId;
        try (InputStream in = open(rels);
                XmlPart xml = XmlPart.open(rels, in)) {
            xml.root(PACKAGE_RELATIONSHIPS, "Relationships");
            while (xml.nextChild()) {
                if (!xml.is(PACKAGE_RELATIONSHIPS, "Relationship"))
                    throw new NotStreamable("unexpected element in " + rels);
                String id = xml.attribute("Id");
                String type = xml.attribute("Type");
                String target = xml.attribute("Target");
                if (id == null || type == null || target == null)
                    throw new NotStreamable("incomplete relationship in " + rels);
                String resolved =
                        "External".equals(xml.attribute("TargetMode"))
                                ? null
                                : resolve(folder, target);
                if (byId.put(id, new Relationship(id, type, resolved)) != null)
                    throw new NotStreamable("relationship id twice");
                xml.skip();
            }
            xml.finish();
        }
        return byId;
    }

    /**
     * A relationship target as a zip entry name: absolute ("/xl/…") or relative to the source
     * part's folder.
     */
    private static String resolve(String folder, String target) throws NotStreamable {
        if (target.contains("\\")
                || target.contains("%")
                || target.contains("#")
                || target.contains("?")) {
            throw new NotStreamable("unusual relationship target " + target);
        }
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        StringBuilder sb = new StringBuilder();
        ArrayDeque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (segment.equals("..")) {
                if (segments.isEmpty())
                    throw new NotStreamable("relationship target outside the package: " + target);
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        for (String segment : segments) sb.append(sb.length() == 0 ? "" : "/").append(segment);
        return sb.toString();
    }

    /**
     * Whether a part's prolog is plainly free of a DOCTYPE (POI refuses one): read as bytes up to
     * the root element, without an XML parser; anything unusual (another encoding, a prolog longer
     * than {@link #PROLOG_BYTES}) fails.
     */
    void checkProlog(String name) throws IOException, NotStreamable {
        long size = entries.get(name).getSize();
        // POI inflates the whole part and checks its compression ratio past the grace size; here
        // only the prolog is read
        if (size < 0 || size > ZipSecureFile.getGraceEntrySize())
            throw new NotStreamable(name + ": large part not parsed");
        byte[] head;
        try (InputStream in = open(name)) {
            head = in.readNBytes(PROLOG_BYTES);
        }
        int i =
                head.length >= 3
                                && (head[0] & 0xff) == 0xEF
                                && (head[1] & 0xff) == 0xBB
                                && (head[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        while (i < head.length) {
            byte b = head[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                i++;
            } else if (b == '<' && startsWith(head, i, "<?")) {
                i = after(head, i, "?>");
            } else if (b == '<' && startsWith(head, i, "<!--")) {
                i = after(head, i, "-->");
            } else if (b == '<'
                    && i + 1 < head.length
                    && head[i + 1] != '!'
                    && head[i + 1] != '?') {
                return; // the root element: no DOCTYPE can follow
            } else {
                break;
            }
        }
        throw new NotStreamable(name + ": DOCTYPE or an unusual prolog");
    }

    private static boolean startsWith(byte[] bytes, int at, String ascii) {
        if (at + ascii.length() > bytes.length) return false;
        for (int k = 0; k < ascii.length(); k++) if (bytes[at + k] != ascii.charAt(k)) return false;
        return true;
    }

    /**
     * The index just past the next {@code ascii} from {@code at}, or past the end when there is
     * none.
     */
    private static int after(byte[] bytes, int at, String ascii) {
        for (int k = at + 2; k < bytes.length; k++)
            if (startsWith(bytes, k, ascii)) return k + ascii.length();
        return bytes.length;
    }
}
