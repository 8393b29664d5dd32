package org.selfeval.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.xlsx.InflateBudget;
import org.selfeval.ingest.xlsx.SafeXml;
import org.selfeval.model.WorkbookContract;

/**
 * Whose files these are: a split submission's files complement each other (one of them holds the
 * 基本信息 sheet that names the department); files that each hold a 基本信息 sheet are each a department's
 * own submission, and read as one they would be charged to one of those departments. Only sheet
 * names are looked at (the workbook part of an .xlsx, streamed; an .xls through POI), never cells.
 */
public final class SubmissionIdentity {

    private SubmissionIdentity() {}

    /**
     * The files in {@code folder} (and its subfolders) that each name a department: two or more are
     * several submissions.
     */
    public static List<Path> namingFiles(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, 4)) {
            files =
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !SourceFiles.isLockOrHidden(p))
                            .sorted()
                            .toList();
        }
        List<Path> naming = new ArrayList<>();
        for (Path f : files) {
            if (sheetNames(f).stream()
                    .anyMatch(s -> WorkbookContract.SHEET_INFO.equals(SheetParts.canonical(s)))) {
                naming.add(f);
            }
        }
        return naming;
    }

    /**
     * The sheet names of a workbook or CSV (a CSV is one sheet, named by its file); empty when
     * unreadable.
     */
    static List<String> sheetNames(Path file) {
        if (SourceFiles.isCsv(file)) {
            String name = SourceFiles.name(file);
            return List.of(name.substring(0, name.lastIndexOf('.')));
        }
        if (!SourceFiles.isSpreadsheet(file)) return List.of();
        return SourceFiles.extension(file).equals("xls") ? xlsSheets(file) : xlsxSheets(file);
    }

    private static List<String> xlsxSheets(Path file) {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry workbook = zip.getEntry("xl/workbook.xml");
            if (workbook == null) return names;
            try (InputStream in =
                    new InflateBudget(ReadLimits.MAX_UNCOMPRESSED_BYTES)
                            .wrap(zip.getInputStream(workbook))) {
                XMLStreamReader xml = SafeXml.factory().createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT
                            && xml.getLocalName().equals("sheet")) {
                        String name = xml.getAttributeValue(null, "name");
                        if (name != null) names.add(name);
                    }
                }
                xml.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // not a readable workbook: the reader will say so when the submission is converted
        }
        return names;
    }

    private static List<String> xlsSheets(Path file) {
        List<String> names = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
        } catch (IOException | RuntimeException e) {
            // as above
        }
        return names;
    }
}
