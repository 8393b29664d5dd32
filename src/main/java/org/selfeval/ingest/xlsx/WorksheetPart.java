package org.selfeval.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.selfeval.ingest.grid.CellValues;

/**
 * Reads one worksheet part into a {@link StreamedSheetGrid}: each cell's value as POI's {@code
 * XSSFCell} reads it, a formula's value being the one cached in the file. Whatever POI would read
 * differently, or fail on while reading the sheet, is not streamed: rows or cells without their
 * reference, repeated ones, dates ({@code t="d"}), array and data-table formulas, formulas without
 * a cached value, possible links to other workbooks in a data sheet.
 */
final class WorksheetPart {

    private static final String MAIN = StreamingWorkbook.MAIN;
    private static final int MAX_ROWS = 1_048_576;
    private static final int MAX_COLUMNS = 16_384;

    private final XmlPart xml;
    private final SharedStrings strings;
    private final CellFormats formats;

    /**
     * Whether a formula may not mention "[": its sheet is a data sheet, whose links to other
     * workbooks POI reports.
     */
    private final boolean dataSheet;

    private final SheetValues values = new SheetValues();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private int lastRow = -1;
    private int rows;

    private WorksheetPart(
            XmlPart xml, SharedStrings strings, CellFormats formats, boolean dataSheet) {
        this.xml = xml;
        this.strings = strings;
        this.formats = formats;
        this.dataSheet = dataSheet;
    }

    /**
     * @param cellsBefore cells counted in earlier sheets; more than {@code maxCells} in all is left
     *     to the census
     */
    static Read read(
            XlsxParts parts,
            String part,
            String file,
            String sheet,
            boolean dataSheet,
            SharedStrings strings,
            CellFormats formats,
            DataFormatter formatter,
            long cellsBefore,
            long maxCells)
            throws IOException, XMLStreamException, NotStreamable {
        try (InputStream in = parts.open(part);
                XmlPart xml = XmlPart.open(part, in)) {
            WorksheetPart reader = new WorksheetPart(xml, strings, formats, dataSheet);
            xml.root(MAIN, "worksheet");
            while (xml.nextChild()) {
                withinCellLimit(xml, cellsBefore, maxCells);
                if (xml.is(MAIN, "sheetData")) reader.sheetData(cellsBefore, maxCells);
                else if (xml.is(MAIN, "mergeCells")) reader.mergeCells();
                else xml.skip();
            }
            xml.finish();
            withinCellLimit(xml, cellsBefore, maxCells);
            long cells = xml.elementsNamedC();
            StreamedSheetGrid grid =
                    new StreamedSheetGrid(
                            file,
                            sheet,
                            reader.rows == 0 ? -1 : reader.lastRow,
                            reader.values,
                            CellValues.mergedBelow(reader.merged),
                            formatter);
            return new Read(grid, cells);
        }
    }

    /** Checked as the part is read, so that a sheet of a million cells is given up early. */
    private static void withinCellLimit(XmlPart xml, long cellsBefore, long maxCells)
            throws NotStreamable {
        if (cellsBefore + xml.elementsNamedC() > maxCells)
            throw new NotStreamable("more than " + maxCells + " cells");
    }

    /** A worksheet read, with the {@code c} elements in its part (for the cell limit). */
    record Read(StreamedSheetGrid grid, long cells) {}

    private void sheetData(long cellsBefore, long maxCells)
            throws XMLStreamException, NotStreamable {
        while (xml.nextChild()) {
            if (!xml.is(MAIN, "row"))
                throw new NotStreamable(xml.name() + ": unexpected element in sheetData");
            int row = index(xml.attribute("r"), MAX_ROWS, "row") - 1;
            // POI keeps the last of a repeated row or cell
            if (!values.startRow(row))
                throw new NotStreamable(xml.name() + ": row " + (row + 1) + " twice");
            rows++;
            lastRow = Math.max(lastRow, row);
            while (xml.nextChild()) {
                withinCellLimit(xml, cellsBefore, maxCells);
                if (!xml.is(MAIN, "c")) {
                    xml.skip(); // extLst
                    continue;
                }
                cell(row);
            }
        }
        values.finishRow();
    }

    private void cell(int row) throws XMLStreamException, NotStreamable {
        int column = column(xml.attribute("r"), row);
        String style = xml.attribute("s");
        String type = xml.attribute("t");
        String formula = null;
        String v = null;
        String inline = null;
        boolean hasInline = false;
        while (xml.nextChild()) {
            if ((xml.is(MAIN, "f") && formula != null)
                    || (xml.is(MAIN, "v") && v != null)
                    || (xml.is(MAIN, "is") && hasInline)) {
                throw new NotStreamable(xml.name() + ": a cell's formula, value or string twice");
            }
            if (xml.is(MAIN, "f")) {
                String kind = xml.attribute("t");
                if ("array".equals(kind) || "dataTable".equals(kind))
                    throw new NotStreamable(xml.name() + ": " + kind + " formula");
                formula = xml.text();
                if (dataSheet && formula.indexOf('[') >= 0)
                    throw new NotStreamable(xml.name() + ": formula with [");
            } else if (xml.is(MAIN, "v")) {
                v = xml.text();
            } else if (xml.is(MAIN, "is")) {
                hasInline = true;
                inline = RichText.read(xml, MAIN);
            } else {
                xml.skip(); // extLst
            }
        }
        if (formula != null) {
            // the value the saving application computed; POI's path recomputes, so only a trusted
            // cache will do
            if (v == null) throw new NotStreamable(xml.name() + ": formula without a cached value");
            if (v.isEmpty() && !"str".equals(type))
                throw new NotStreamable(xml.name() + ": formula with an empty cached value");
        }
        if (!values.put(column, value(type, style, v, hasInline, inline)))
            throw new NotStreamable(xml.name() + ": cell twice");
        if (formula != null) values.formula(column);
    }

    /**
     * As {@code XSSFCell} reads a stored value or a formula's cached one; null for a blank cell.
     */
    private StreamedSheetGrid.Value value(
            String type, String style, String v, boolean hasInline, String inline)
            throws NotStreamable {
        switch (type == null ? "n" : type) {
            case "n" -> {
                if (v == null) return null;
                double number;
                try {
                    number = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new NotStreamable(xml.name() + ": number " + v);
                }
                return StreamedSheetGrid.Value.number(number, formats.of(style));
            }
            case "s" -> {
                return text(v == null ? "" : strings.get(v));
            }
            case "str" -> {
                return text(RichText.decode(v == null ? "" : v));
            }
            case "inlineStr" -> {
                return text(hasInline ? inline : RichText.decode(v == null ? "" : v));
            }
            case "b" -> {
                return text("1".equals(v) ? "TRUE" : "FALSE");
            }
            case "e" -> {
                if (v == null) return StreamedSheetGrid.Value.error((byte) 0);
                try {
                    return StreamedSheetGrid.Value.error(FormulaError.forString(v).getCode());
                } catch (IllegalArgumentException e) {
                    throw new NotStreamable(xml.name() + ": error value " + v);
                }
            }
            default -> throw new NotStreamable(xml.name() + ": cell type " + type);
        }
    }

    private static StreamedSheetGrid.Value text(String text) {
        return StreamedSheetGrid.Value.text(text == null ? "" : text);
    }

    private void mergeCells() throws XMLStreamException, NotStreamable {
        while (xml.nextChild()) {
            if (xml.is(MAIN, "mergeCell")) {
                String ref = xml.attribute("ref");
                if (ref == null)
                    throw new NotStreamable(xml.name() + ": merged cells without a range");
                try {
                    merged.add(CellRangeAddress.valueOf(ref));
                } catch (RuntimeException e) {
                    throw new NotStreamable(xml.name() + ": merged range " + ref);
                }
            }
            xml.skip();
        }
    }

    /** A 1-based row number within Excel's bounds. */
    private int index(String text, int max, String what) throws NotStreamable {
        if (text == null)
            throw new NotStreamable(xml.name() + ": " + what + " without a reference");
        try {
            int i = Integer.parseInt(text);
            if (i >= 1 && i <= max) return i;
        } catch (NumberFormatException e) {
            // below
        }
        throw new NotStreamable(xml.name() + ": " + what + " " + text);
    }

    /** The 0-based column of a cell reference such as "AB12", which must name the row it is in. */
    private int column(String ref, int row) throws NotStreamable {
        if (ref == null) throw new NotStreamable(xml.name() + ": cell without a reference");
        int column = 0;
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' && i < 3) {
            column = column * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0
                || column > MAX_COLUMNS
                || i == ref.length()
                || ref.charAt(i) < '1'
                || ref.charAt(i) > '9'
                || index(ref.substring(i), MAX_ROWS, "cell row") - 1 != row) {
            throw new NotStreamable(xml.name() + ": cell reference " + ref);
        }
        return column - 1;
    }
}
