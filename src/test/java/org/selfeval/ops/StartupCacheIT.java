package org.selfeval.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.bench.SubmissionGenerator;

/**
 * The start-up cache the launcher makes at the first convert serves both ways of reading a
 * workbook: made while converting a workbook saved by Excel (streamed), it still holds POI's
 * usermodel classes that a workbook written by another program needs, because the dumping run reads
 * one of each kind (cli/CdsTraining). Without that training run the same archive lacks them, which
 * shows the check can fail.
 */
class StartupCacheIT {

    /**
     * A class only reading a workbook cell by cell loads (XSSFWorkbook itself is loaded by any
     * convert now, for the documents it writes).
     */
    private static final String USERMODEL_CLASS =
            "org.apache.poi.xssf.usermodel.XSSFCell source: shared objects file";

    /** The output folders get Chinese names: a UTF-8 locale, as the launcher would pick. */
    private static final List<String> UTF8 = List.of("LC_ALL=C.UTF-8");

    @TempDir Path dir;

    @Test
    void archiveMadeOnAnExcelSavedWorkbookAlsoServesPoiWrittenOnes() throws Exception {
        Path excelSaved =
                Files.write(dir.resolve("excel.xlsx"), new SubmissionGenerator(20231231).xlsx(0));
        Path poiWritten =
                Files.copy(
                        Child.HOME.resolve(
                                "input-templates/examples/huadu-amr-2023-corrected.xlsx"),
                        dir.resolve("example.xlsx"));

        assertTrue(
                classesFromArchive(dump("trained.jsa", excelSaved, true), poiWritten)
                        .contains(USERMODEL_CLASS),
                "the trained archive holds the usermodel classes");
        assertFalse(
                classesFromArchive(dump("untrained.jsa", excelSaved, false), poiWritten)
                        .contains(USERMODEL_CLASS),
                "an archive made without the training run lacks them");
    }

    private Path dump(String name, Path workbook, boolean training) throws Exception {
        Path archive = dir.resolve(name);
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Child.JAVA.toString(),
                                "-XX:ArchiveClassesAtExit=" + archive,
                                "-Xlog:cds=off",
                                "-Xlog:cds+dynamic=off"));
        if (training) command.add("-Dselfeval.cds.training=true");
        command.addAll(
                List.of(
                        "-jar",
                        Child.JAR.toString(),
                        "convert",
                        workbook.toString(),
                        "--out",
                        dir.resolve("out-" + name).toString()));
        Child.Result r = Child.run(dir, dir.resolve("logs"), UTF8, command);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.size(archive) > 0, "no archive written");
        return archive;
    }

    private String classesFromArchive(Path archive, Path workbook) throws Exception {
        Child.Result r =
                Child.run(
                        dir,
                        dir.resolve("logs"),
                        UTF8,
                        List.of(
                                Child.JAVA.toString(),
                                "-XX:SharedArchiveFile=" + archive,
                                "-Xshare:auto",
                                "-Xlog:cds=off",
                                "-Xlog:class+load=info",
                                "-jar",
                                Child.JAR.toString(),
                                "convert",
                                workbook.toString(),
                                "--out",
                                dir.resolve("out-read").toString()));
        assertEquals(0, r.exit(), r.toString());
        assertTrue(
                r.out().contains("org.apache.poi.xssf.usermodel.XSSFWorkbook source:"),
                "the usermodel was used");
        return r.out();
    }
}
