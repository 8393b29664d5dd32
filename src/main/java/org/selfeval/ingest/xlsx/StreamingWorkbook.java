package org.selfeval.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.selfeval.ingest.grid.SheetGrid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fast way to read an .xlsx/.xlsm: its parts streamed with StAX straight from the zip, formulas
 * taken at the value the saving application cached (what Excel shows), instead of POI's usermodel
 * building every part as objects and recomputing every formula. Taken only when it gives exactly
 * what the usermodel path gives; whenever that cannot be promised the answer is empty and the
 * caller reads the workbook the usermodel way, so that the findings (refusals of hostile files
 * included) are those of that path. Among the reasons: the file was written by POI (our own tests
 * and examples, whose formulas carry no computed cache) or asks Excel to recompute on load.
 */
public final class StreamingWorkbook {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String EXTENDED_PROPERTIES =
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private static final String OFFICE_DOCUMENT = RELATIONSHIPS + "/officeDocument";
    private static final String WORKSHEET = RELATIONSHIPS + "/worksheet";
    private static final String SHARED_STRINGS = RELATIONSHIPS + "/sharedStrings";
    private static final String STYLES = RELATIONSHIPS + "/styles";
    private static final Set<String> WORKBOOK_TYPES =
            Set.of(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
                    "application/vnd.ms-excel.template.macroEnabled.main+xml");
    private static final String WORKSHEET_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String APP_PROPERTIES = "docProps/app.xml";
    private static final String WORKSHEETS = "xl/worksheets/";

    private static final Logger LOG = LoggerFactory.getLogger(StreamingWorkbook.class);

    private StreamingWorkbook() {}

    /**
     * @param maxCells a workbook with more cells is not streamed (the census then refuses it, as
     *     before)
     * @param dataSheet whether a sheet name is one of the template's sheets (read strictly, see
     *     {@link WorksheetPart})
     * @return the sheets in workbook order, or empty when the workbook must be read the usermodel
     *     way
     */
    public static Optional<List<SheetGrid>> read(
            Path file, String name, long maxCells, Predicate<String> dataSheet) {
        Attempt attempt = attempt(file, name, maxCells, dataSheet);
        if (attempt.grids() != null) return Optional.of(attempt.grids());
        LOG.debug("{}: read by POI's usermodel ({})", name, attempt.reason());
        return Optional.empty();
    }

    /**
     * Why a workbook is not streamed, null when it is (for tests: each reason is meant to be the
     * one that applies).
     */
    public static String reasonNotStreamed(Path file, long maxCells, Predicate<String> dataSheet) {
        return attempt(file, String.valueOf(file.getFileName()), maxCells, dataSheet).reason();
    }

    /** The sheets, or why not. */
    private record Attempt(List<SheetGrid> grids, String reason) {}

    private static Attempt attempt(
            Path file, String name, long maxCells, Predicate<String> dataSheet) {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            return new Attempt(read(XlsxParts.index(zip), name, maxCells, dataSheet), null);
        } catch (NotStreamable e) {
            return new Attempt(null, e.getMessage());
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return new Attempt(null, e.toString());
        }
    }

    private static List<SheetGrid> read(
            XlsxParts parts, String file, long maxCells, Predicate<String> dataSheet)
            throws IOException, XMLStreamException, NotStreamable {
        trustedCache(parts);
        parts.readContentTypes();
        String workbook = workbookPart(parts);
        Map<String, XlsxParts.Relationship> rels = parts.relationships(workbook);
        SharedStrings strings = null;
        CellFormats formats = null;
        for (XlsxParts.Relationship rel : rels.values()) {
            if (rel.type().equals(SHARED_STRINGS)) {
                if (strings != null) throw new NotStreamable("two shared string tables");
                strings = SharedStrings.read(parts, target(parts, rel));
            } else if (rel.type().equals(STYLES)) {
                if (formats != null) throw new NotStreamable("two style parts");
                formats = CellFormats.read(parts, target(parts, rel));
            }
        }
        if (formats == null) throw new NotStreamable("no styles part");
        if (strings == null) strings = SharedStrings.none();
        Set<String> read = new HashSet<>();
        read.add(workbook);
        DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
        List<SheetGrid> grids = new ArrayList<>();
        long cells = 0;
        for (Sheet sheet : sheets(parts, workbook)) {
            XlsxParts.Relationship rel = rels.get(sheet.relationship());
            if (rel == null || !rel.type().equals(WORKSHEET))
                throw new NotStreamable("sheet " + sheet.name() + " is no worksheet");
            String part = target(parts, rel);
            if (!WORKSHEET_TYPE.equals(parts.contentType(part)))
                throw new NotStreamable(part + " has another content type");
            if (!read.add(part)) throw new NotStreamable(part + " is two sheets");
            WorksheetPart.Read r =
                    WorksheetPart.read(
                            parts,
                            part,
                            file,
                            sheet.name(),
                            dataSheet.test(sheet.name()),
                            strings,
                            formats,
                            formatter,
                            cells,
                            maxCells);
            cells += r.cells();
            grids.add(r.grid());
        }
        for (String name : parts.names()) {
            // the census counts the cells of every part here: only when those are the sheets read
            // does this count match it
            if (name.startsWith(WORKSHEETS) && name.endsWith(".xml") && !read.contains(name)) {
                throw new NotStreamable(name + " is not a sheet of the workbook");
            }
        }
        for (String name : parts.unopened()) {
            String lower = name.toLowerCase(Locale.ROOT);
            // POI refuses a DOCTYPE in any XML part it reads; the parts not read here are checked
            // for one
            if (lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml"))
                parts.checkProlog(name);
        }
        return grids;
    }

    /**
     * Cached formula values are trusted only from an application that computes them: POI writes
     * formulas it never computed with an empty cached text, which looks exactly like Excel's
     * legitimate "" result.
     */
    private static void trustedCache(XlsxParts parts)
            throws IOException, XMLStreamException, NotStreamable {
        if (!parts.has(APP_PROPERTIES)) throw new NotStreamable("no " + APP_PROPERTIES);
        String application = null;
        try (InputStream in = parts.open(APP_PROPERTIES);
                XmlPart xml = XmlPart.open(APP_PROPERTIES, in)) {
            xml.root(EXTENDED_PROPERTIES, "Properties");
            while (xml.nextChild()) {
                if (xml.is(EXTENDED_PROPERTIES, "Application") && application == null)
                    application = xml.text();
                else xml.skip();
            }
            xml.finish();
        }
        if (application == null || application.strip().startsWith("Apache POI")) {
            throw new NotStreamable("written by " + application);
        }
    }

    private static String workbookPart(XlsxParts parts)
            throws IOException, XMLStreamException, NotStreamable {
        String workbook = null;
        for (XlsxParts.Relationship rel : parts.relationships("").values()) {
            if (rel.type().equals(OFFICE_DOCUMENT)) {
                if (workbook != null) throw new NotStreamable("two office documents");
                workbook = target(parts, rel);
            }
        }
        if (workbook == null) throw new NotStreamable("no office document");
        if (!WORKBOOK_TYPES.contains(parts.contentType(workbook)))
            throw new NotStreamable(workbook + " is no workbook");
        return workbook;
    }

    private static String target(XlsxParts parts, XlsxParts.Relationship rel) throws NotStreamable {
        if (rel.target() == null || !parts.has(rel.target()))
            throw new NotStreamable("missing part for " + rel.id());
        return rel.target();
    }

    /** A sheet as listed in the workbook: its name and the relationship to its part. */
    private record Sheet(String name, String relationship) {}

    private static List<Sheet> sheets(XlsxParts parts, String workbook)
            throws IOException, XMLStreamException, NotStreamable {
        List<Sheet> sheets = new ArrayList<>();
        try (InputStream in = parts.open(workbook);
                XmlPart xml = XmlPart.open(workbook, in)) {
            xml.root(MAIN, "workbook");
            while (xml.nextChild()) {
                if (xml.is(MAIN, "sheets")) {
                    while (xml.nextChild()) {
                        if (!xml.is(MAIN, "sheet"))
                            throw new NotStreamable("unexpected element in sheets");
                        String name = xml.attribute("name");
                        String id = xml.attribute(RELATIONSHIPS, "id");
                        if (name == null || id == null)
                            throw new NotStreamable("incomplete sheet entry");
                        sheets.add(new Sheet(name, id));
                        xml.skip();
                    }
                } else if (xml.is(MAIN, "calcPr")) {
                    String full = xml.attribute("fullCalcOnLoad");
                    if ("1".equals(full) || "true".equals(full))
                        throw new NotStreamable("recalculation on load requested");
                    xml.skip();
                } else {
                    xml.skip();
                }
            }
            xml.finish();
        }
        return sheets;
    }
}
