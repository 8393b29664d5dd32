package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.bench.SubmissionGenerator;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.xlsx.StreamingWorkbook;
import org.selfeval.pipeline.ReadResult;

/** The streaming path reads exactly what POI's usermodel reads, for every workbook it accepts. */
class StreamingEquivalenceTest {

    private static final Path EXAMPLES = Path.of("input-templates", "examples");

    @TempDir Path dir;

    /** Both ways give the same submission and the same findings. */
    static void sameResult(Path file) {
        ReadResult streamed = new SubmissionReader(true).read(file);
        ReadResult usermodel = new SubmissionReader(false).read(file);
        assertEquals(usermodel.findings(), streamed.findings(), file.toString());
        assertEquals(usermodel.submission(), streamed.submission(), file.toString());
    }

    /**
     * The committed examples were written by POI (no computed caches): they keep the usermodel
     * path.
     */
    @Test
    void examplesAreNotStreamed() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(EXAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertEquals(
                9,
                files.size(),
                files.toString()); // 8 department workbooks and the three-project example
        for (Path file : files) {
            assertEquals(
                    "written by Apache POI",
                    StreamingWorkbook.reasonNotStreamed(
                            file, ReadLimits.MAX_CELLS, SheetParts::isDataSheet),
                    file.toString());
            sameResult(file);
        }
        sameResult(EXAMPLES.resolve("huadu-amr-2023-split"));
    }

    /**
     * The examples as Excel would save them (formulas computed and cached) stream to what POI
     * reads.
     */
    @Test
    void examplesSavedWithComputedCachesStreamToTheSameCellsAndResults() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(EXAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        for (Path example : files) {
            Path file = dir.resolve(example.getFileName().toString());
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(example))) {
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
                wb.getProperties()
                        .getExtendedProperties()
                        .getUnderlyingProperties()
                        .setApplication("Microsoft Excel");
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
            assertEquals(
                    null,
                    StreamingWorkbook.reasonNotStreamed(
                            file, ReadLimits.MAX_CELLS, SheetParts::isDataSheet),
                    example.toString());
            assertEquals(ReadPaths.usermodel(file), ReadPaths.streamed(file), example.toString());
            sameResult(file);
        }
    }

    @Test
    void excelLikeWorkbookStreamsToTheSameCells() throws IOException {
        Path file = ExcelLikeWorkbook.write(dir.resolve("excel.xlsx"));
        assertEquals(
                null,
                StreamingWorkbook.reasonNotStreamed(
                        file, ReadLimits.MAX_CELLS, SheetParts::isDataSheet));
        List<String> cells = ReadPaths.streamed(file);
        assertEquals(ReadPaths.usermodel(file), cells);
        sameResult(file);
        // the constructs meant to be covered are there, read as POI reads them
        String all = String.join("\n", cells);
        for (String expected :
                List.of(
                        "sheet excel.xlsx 说明 lastRow=1",
                        "sheet excel.xlsx 绩效指标 lastRow=4",
                        "sheet excel.xlsx 基本信息 lastRow=13",
                        "text=花都区,",
                        "text=评价年度 ,",
                        "text=  两边有空格  ,",
                        "text=第一行\r\n第二行,",
                        "text=1,234.50,",
                        "text=整体支出自评金额,",
                        "number=1603.85,",
                        "error=#DIV/0!",
                        "error=#N/A",
                        "error=#REF!",
                        "number=0.0752, percentFormat=true",
                        "text=TRUE,",
                        "text=FALSE,",
                        "text=合计,",
                        "text=内联,",
                        "RawCell[address=A2, text=产出指标",
                        "number=123456789012346000")) {
            assertTrue(all.contains(expected), expected + " in\n" + all);
        }
    }

    /**
     * A sample of the generated submissions: the first {@value #SAMPLE} and the first of each kind
     * beyond them. {@code StreamingEquivalenceIT} reads the other {@value #GENERATED} − sample in
     * the integration phase.
     */
    @Test
    void generatedSubmissionsStreamToTheSameCellsAndResults() throws IOException {
        Map<SubmissionGenerator.Kind, Integer> kinds = generated(dir, sample());
        assertEquals(3, kinds.size(), kinds.toString());
    }

    /** How many submissions the unit and integration phases read between them. */
    static final int GENERATED = 200;

    static final int SAMPLE = 12;

    private static final SubmissionGenerator GENERATOR = new SubmissionGenerator(20231231);

    /** The indices the unit phase reads: the first {@value #SAMPLE} and the first of every kind. */
    static Set<Integer> sample() {
        Set<Integer> sample = new TreeSet<>();
        Set<SubmissionGenerator.Kind> seen = EnumSet.noneOf(SubmissionGenerator.Kind.class);
        for (int i = 0; i < GENERATED; i++) {
            boolean newKind = seen.add(GENERATOR.kind(i));
            if (i < SAMPLE || newKind) sample.add(i);
        }
        return sample;
    }

    /** Writes each generated submission and reads it both ways; the count of each kind read. */
    static Map<SubmissionGenerator.Kind, Integer> generated(Path dir, Iterable<Integer> indices)
            throws IOException {
        Map<SubmissionGenerator.Kind, Integer> kinds =
                new EnumMap<>(SubmissionGenerator.Kind.class);
        for (int i : indices) {
            Path file = Files.write(dir.resolve(i + ".xlsx"), GENERATOR.xlsx(i));
            assertTrue(ReadPaths.streams(file), "generated file " + i + " is not streamed");
            assertEquals(ReadPaths.usermodel(file), ReadPaths.streamed(file), "file " + i);
            sameResult(file);
            kinds.merge(GENERATOR.kind(i), 1, Integer::sum);
        }
        return kinds;
    }
}
