package org.selfeval.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.selfeval.bench.SubmissionGenerator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.publish.FolderTrees;
import org.slf4j.LoggerFactory;

/**
 * The launcher makes its class-data archive (start-up cache) at the exit of the first convert, so
 * the archive holds the classes that convert loaded. A workbook saved by Excel is streamed and one
 * written by another program is read through POI's usermodel: whichever the first convert met, the
 * other way's classes would be missing and later converts of such files would start 0.2–0.3 s
 * slower. So the dumping run (system property {@value #PROPERTY}) reads one workbook of each kind
 * after its work is done (the bench's base workbook, written by POI, and the same declaring Excel).
 * Nothing it does reaches the output or the exit code.
 */
final class CdsTraining {

    static final String PROPERTY = "selfeval.cds.training";

    private CdsTraining() {}

    static void runIfAsked() {
        if (!Boolean.getBoolean(PROPERTY)) return;
        Path dir = null;
        try (InputStream base = SubmissionGenerator.class.getResourceAsStream("base.xlsx")) {
            if (base == null) return;
            byte[] poi = base.readAllBytes();
            dir = Files.createTempDirectory("selfeval-cds");
            Path poiWritten = Files.write(dir.resolve("poi.xlsx"), poi);
            Path excelSaved = Files.write(dir.resolve("excel.xlsx"), savedByExcel(poi));
            SubmissionReader reader = new SubmissionReader();
            reader.read(poiWritten);
            reader.read(excelSaved);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(CdsTraining.class).debug("start-up cache training skipped", e);
        } finally {
            if (dir != null) FolderTrees.deleteTemporary(dir);
        }
    }

    /**
     * The same workbook declaring Excel as the application that saved it, so that it is streamed.
     */
    private static byte[] savedByExcel(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("docProps/app.xml")) {
                    content =
                            new String(content, StandardCharsets.UTF_8)
                                    .replace("Apache POI", "Microsoft Excel")
                                    .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
