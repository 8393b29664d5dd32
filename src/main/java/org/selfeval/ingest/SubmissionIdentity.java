package org.selfeval.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Whose files these are. Each complete workbook (one file holding every data sheet) is a submission
 * of the department its 基本信息 names. Files that are not complete on their own belong together when
 * their sheets complement each other: no sheet in two files, and together every data sheet (only
 * 基本信息 states a department and year in the template, so the files of a split submission name at
 * most one). Sheet names are looked at (the workbook part of an .xlsx, streamed; an .xls through
 * POI), cells only to name a complete workbook's department.
 */
public final class SubmissionIdentity {

    private SubmissionIdentity() {}

    /**
     * How a folder's files divide into submissions.
     *
     * @param own complete workbooks, each a submission of its own (empty: the folder is one
     *     submission)
     * @param rest the files read together as one submission: the whole folder when {@code own} is
     *     empty, else what is left beside the complete workbooks (perhaps nothing)
     * @param restNaming the files of {@code rest} that hold a 基本信息 sheet: two or more cannot be
     *     read as one submission
     */
    public record Parts(List<Path> own, List<Path> rest, List<Path> restNaming) {

        public Parts {
            own = List.copyOf(own);
            rest = List.copyOf(rest);
            restNaming = List.copyOf(restNaming);
        }

        /** Whether the folder holds more than one submission. */
        public boolean split() {
            return !own.isEmpty();
        }

        /** The file names of {@link #own}: left out when the rest is hashed and read. */
        public Set<String> ownNames() {
            Set<String> names = new HashSet<>();
            for (Path p : own) names.add(String.valueOf(p.getFileName()));
            return names;
        }
    }

    /**
     * Divides the files at the top of {@code folder} (what the reader reads): two or more complete
     * workbooks, or one beside files that complement each other into another, are several
     * submissions; otherwise the folder is one.
     */
    public static Parts divide(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files =
                    list.filter(Files::isRegularFile)
                            .filter(p -> !SourceFiles.isLockOrHidden(p))
                            .sorted()
                            .toList();
        }
        List<Path> complete = new ArrayList<>();
        List<Path> rest = new ArrayList<>();
        Map<Path, Set<String>> sheets = new HashMap<>();
        for (Path f : files) {
            Set<String> data = dataSheets(f);
            sheets.put(f, data);
            (data.containsAll(WorkbookContract.DATA_SHEETS) ? complete : rest).add(f);
        }
        boolean split = complete.size() > 1 || complete.size() == 1 && complement(rest, sheets);
        List<Path> together = split ? rest : files;
        List<Path> naming =
                together.stream()
                        .filter(f -> sheets.get(f).contains(WorkbookContract.SHEET_INFO))
                        .toList();
        return new Parts(split ? complete : List.of(), together, naming);
    }

    /** Whether {@code files} make one complete set of data sheets, none in two files. */
    private static boolean complement(List<Path> files, Map<Path, Set<String>> sheets) {
        Set<String> union = new HashSet<>();
        for (Path f : files) {
            for (String s : sheets.get(f)) {
                if (!union.add(s)) return false;
            }
        }
        return union.containsAll(WorkbookContract.DATA_SHEETS);
    }

    /** The data sheets of a file, by their canonical names. */
    private static Set<String> dataSheets(Path file) {
        Set<String> data = new HashSet<>();
        for (String s : sheetNames(file)) {
            String canonical = SheetParts.canonical(s);
            if (canonical != null) data.add(canonical);
        }
        return data;
    }

    /**
     * The department and year a workbook's 基本信息 states ("广州市某局 2023 年度"), or its file name when it
     * states none: how a refusal names whose workbook it is.
     */
    public static String stated(Path file) {
        var submission = new SubmissionReader().read(file).submission();
        String department = submission == null ? "" : submission.info().department();
        String year = submission == null ? "" : submission.info().year();
        if (department.isBlank()) return "“" + file.getFileName() + "”（未写明部门名称）";
        return "“"
                + file.getFileName()
                + "”："
                + department
                + (year.isBlank() ? "" : " " + year + " 年度");
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
