package org.selfeval.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.selfeval.ingest.grid.RawCell;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.grid.SheetGrid;
import org.selfeval.ingest.xlsx.StreamingWorkbook;

/**
 * Test helper: a workbook read both ways (streamed, POI's usermodel), as comparable text; zips
 * rewritten part by part.
 */
final class ReadPaths {

    /** Columns compared in every row (the templates use 12). */
    private static final int COLUMNS = 20;

    private ReadPaths() {}

    /** Whether the streaming path accepts the file. */
    static boolean streams(Path file) {
        return StreamingWorkbook.read(
                        file,
                        file.getFileName().toString(),
                        ReadLimits.MAX_CELLS,
                        SheetParts::isDataSheet)
                .isPresent();
    }

    /**
     * Every sheet's name and last row, and every cell up to one row past the last, as the streaming
     * path reads them.
     */
    static List<String> streamed(Path file) {
        return cells(
                StreamingWorkbook.read(
                                file,
                                file.getFileName().toString(),
                                ReadLimits.MAX_CELLS,
                                SheetParts::isDataSheet)
                        .orElseThrow());
    }

    /**
     * The same as {@link #streamed} through POI's usermodel, formulas evaluated, as {@link
     * WorkbookSource} does.
     */
    static List<String> usermodel(Path file) throws IOException {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.setIgnoreMissingWorkbooks(true);
            DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
            List<SheetGrid> grids = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                grids.add(
                        new PoiSheetGrid(
                                file.getFileName().toString(),
                                wb.getSheetAt(i),
                                evaluator,
                                formatter));
            }
            return cells(grids);
        }
    }

    private static List<String> cells(List<SheetGrid> grids) {
        List<String> out = new ArrayList<>();
        for (SheetGrid g : grids) {
            out.add("sheet " + g.file() + " " + g.sheet() + " lastRow=" + g.lastRow());
            for (int r = 0; r <= g.lastRow() + 1; r++) {
                for (int c = 0; c < COLUMNS; c++) {
                    RawCell cell = g.cell(r, c);
                    if (!cell.equals(RawCell.blank(SheetGrid.address(r, c))))
                        out.add(cell.toString());
                }
            }
        }
        return out;
    }

    /**
     * Copies a zip, each part's text passed through {@code change} (name, text → text; null drops
     * the part).
     */
    static Path rewrite(Path from, Path to, BiFunction<String, String, String> change)
            throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(from.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries()))
                parts.put(e.getName(), zip.getInputStream(e).readAllBytes());
        }
        Map<String, byte[]> changed = new LinkedHashMap<>();
        parts.forEach(
                (name, bytes) -> {
                    String text = change.apply(name, new String(bytes, StandardCharsets.UTF_8));
                    if (text != null) changed.put(name, text.getBytes(StandardCharsets.UTF_8));
                });
        return zip(to, changed);
    }

    static Path zip(Path to, Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(p.getKey()));
                out.write(p.getValue());
            }
        }
        try (OutputStream out = Files.newOutputStream(to)) {
            bytes.writeTo(out);
        }
        return to;
    }
}
