package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.ingest.SubmissionReaderTest.describe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.bench.SubmissionGenerator;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.ingest.xlsx.StreamingWorkbook;
import org.selfeval.pipeline.ReadResult;

/**
 * Each reason not to stream really sends the workbook to POI's usermodel, and nobody can tell: the
 * result is the one that path gives. The base is a generated submission, which streams (computed
 * caches, saved as by Excel).
 */
class StreamingFallbackTest {

    /** 重点项目, the generated sheet with formulas (实际支出率). */
    private static final String PROJECTS = "xl/worksheets/sheet7.xml";

    private static final String INFO = "xl/worksheets/sheet2.xml";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    @TempDir Path dir;

    private Path base;

    @BeforeEach
    void generate() throws IOException {
        base = Files.write(dir.resolve("base.xlsx"), new SubmissionGenerator(20231231).xlsx(1));
        assertTrue(ReadPaths.streams(base), "the generated submission streams");
    }

    private Path changed(String part, BiFunction<String, String, String> change)
            throws IOException {
        Path file = dir.resolve("changed.xlsx");
        ReadPaths.rewrite(
                base, file, (name, text) -> name.equals(part) ? change.apply(name, text) : text);
        return file;
    }

    /** Not streamed for the reason expected, and the reader's result is the usermodel path's. */
    private static ReadResult fallsBack(Path file, String reason) {
        String why =
                StreamingWorkbook.reasonNotStreamed(
                        file, ReadLimits.MAX_CELLS, SheetParts::isDataSheet);
        assertTrue(why != null && why.contains(reason), "not streamed because: " + why);
        StreamingEquivalenceTest.sameResult(file);
        return new SubmissionReader().read(file);
    }

    @Test
    void writtenByPoi() throws IOException {
        fallsBack(
                changed("docProps/app.xml", (n, t) -> t.replace("Microsoft Excel", "Apache POI")),
                "written by Apache POI");
    }

    @Test
    void noApplicationProperties() throws IOException {
        fallsBack(changed("docProps/app.xml", (n, t) -> null), "no docProps/app.xml");
    }

    @Test
    void recalculationOnLoad() throws IOException {
        fallsBack(
                changed(
                        "xl/workbook.xml",
                        (n, t) ->
                                t.replace(
                                        "</workbook>",
                                        "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>")),
                "recalculation on load");
    }

    @Test
    void formulaWithoutCachedValue() throws IOException {
        fallsBack(
                changed(PROJECTS, (n, t) -> t.replaceFirst("(</f>)<v>[^<]*</v>", "$1")),
                "formula without a cached value");
    }

    @Test
    void numericFormulaWithEmptyCachedValue() throws IOException {
        fallsBack(
                changed(PROJECTS, (n, t) -> t.replaceFirst("(</f>)<v>[^<]*</v>", "$1<v></v>")),
                "formula with an empty cached value");
    }

    @Test
    void formulaThatMayLinkToAnotherWorkbook() throws IOException {
        ReadResult r =
                fallsBack(
                        changed(
                                PROJECTS,
                                (n, t) -> t.replaceFirst("<f>[^<]*</f>", "<f>[1]预算!B2</f>")),
                        "formula with [");
        assertTrue(
                r.findings().stream().anyMatch(f -> f.ruleId().equals("READ-EXTERNAL-LINK")),
                describe(r.findings()));
    }

    @Test
    void doctypeInASheet() throws IOException {
        ReadResult r =
                fallsBack(
                        changed(
                                INFO,
                                (n, t) ->
                                        t.replace(
                                                XML_DECLARATION,
                                                XML_DECLARATION
                                                        + "<!DOCTYPE worksheet [<!ENTITY x \"x\">]>")),
                        "DOCTYPE");
        assertEquals("READ-XML-DOCTYPE", r.findings().get(0).ruleId(), describe(r.findings()));
    }

    @Test
    void doctypeInAPartTheStreamingPathDoesNotParse() throws IOException {
        ReadResult r =
                fallsBack(
                        changed(
                                "xl/comments3.xml",
                                (n, t) -> t.replaceFirst("\\?>", "?><!DOCTYPE comments>")),
                        "comments3.xml: DOCTYPE");
        assertEquals("READ-XML-DOCTYPE", r.findings().get(0).ruleId(), describe(r.findings()));
    }

    @Test
    void strictOpenXml() throws IOException {
        Path file = dir.resolve("strict.xlsx");
        ReadPaths.rewrite(
                base,
                file,
                (name, text) ->
                        text.replace(
                                        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                        "http://purl.oclc.org/ooxml/spreadsheetml/main")
                                .replace(
                                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                        "http://purl.oclc.org/ooxml/officeDocument/relationships"));
        // strict relationship types are not the transitional ones: the package has no office
        // document to stream
        ReadResult r = fallsBack(file, "no office document");
        assertEquals("READ-STRICT-OOXML", r.findings().get(0).ruleId(), describe(r.findings()));
    }

    @Test
    void dateTypedCell() throws IOException {
        fallsBack(
                changed(
                        INFO,
                        (n, t) ->
                                t.replaceFirst(
                                        "t=\"n\"><v>2023.0</v>",
                                        "t=\"d\"><v>2023-01-01T00:00:00</v>")),
                "cell type d");
    }

    @Test
    void cellWithoutReference() throws IOException {
        fallsBack(
                changed(INFO, (n, t) -> t.replaceFirst("<c r=\"B4\" ", "<c ")),
                "cell without a reference");
    }

    @Test
    void moreCellsThanTheLimitAreLeftToTheCensus() {
        assertEquals(
                "more than 100 cells",
                StreamingWorkbook.reasonNotStreamed(base, 100, SheetParts::isDataSheet));
        assertTrue(
                StreamingWorkbook.read(
                                base, "base.xlsx", ReadLimits.MAX_CELLS, SheetParts::isDataSheet)
                        .isPresent());
    }
}
