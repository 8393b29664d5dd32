package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.bench.SubmissionGenerator;

/** The streaming path reads exactly what POI's usermodel reads, for every workbook it accepts. */
class StreamingEquivalenceTest {

    @TempDir
    Path dir;

    /** Both ways give the same submission and the same findings. */
    static void sameResult(Path file) {
        ReadResult streamed = new SubmissionReader(true).read(file);
        ReadResult usermodel = new SubmissionReader(false).read(file);
        assertEquals(usermodel.findings(), streamed.findings(), file.toString());
        assertEquals(usermodel.submission(), streamed.submission(), file.toString());
    }

    @Test
    void generatedSubmissionsStreamToTheSameCellsAndResults() throws IOException {
        SubmissionGenerator generator = new SubmissionGenerator(20231231);
        Map<SubmissionGenerator.Kind, Integer> kinds = new EnumMap<>(SubmissionGenerator.Kind.class);
        for (int i = 0; i < 200; i++) {
            Path file = Files.write(dir.resolve(i + ".xlsx"), generator.xlsx(i));
            assertTrue(ReadPaths.streams(file), "generated file " + i + " is not streamed");
            assertEquals(ReadPaths.usermodel(file), ReadPaths.streamed(file), "file " + i);
            sameResult(file);
            kinds.merge(generator.kind(i), 1, Integer::sum);
        }
        assertEquals(3, kinds.size(), kinds.toString());
    }
}
