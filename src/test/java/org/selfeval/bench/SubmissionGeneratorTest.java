package org.selfeval.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.evaluate.Evaluator;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Severity;
import org.selfeval.pipeline.ReadResult;

class SubmissionGeneratorTest {

    @TempDir Path dir;

    private final SubmissionGenerator generator = new SubmissionGenerator(7);

    @Test
    void departmentsAreDistinctForTenThousandSubmissions() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++)
            keys.add(SubmissionGenerator.year(i) + SubmissionGenerator.department(i));
        assertEquals(10_000, keys.size());
    }

    @Test
    void theSameSeedWritesTheSameBytes() {
        assertArrayEquals(generator.xlsx(3), new SubmissionGenerator(7).xlsx(3));
    }

    /**
     * Each kind read back and audited: clean ones pass, warned ones warn, blocked ones are blocked.
     */
    @Test
    void eachKindAuditsAsIntended() throws IOException {
        Set<SubmissionGenerator.Kind> seen = new HashSet<>();
        for (int i = 0; i < 400 && seen.size() < 3; i++) {
            SubmissionGenerator.Kind kind = generator.kind(i);
            if (!seen.add(kind)) continue;
            Path file = Files.write(dir.resolve(i + ".xlsx"), generator.xlsx(i));
            ReadResult read = new SubmissionReader().read(file);
            assertTrue(read.readable(), () -> "unreadable: " + read.findings());
            Evaluation e = new Evaluator().evaluate(read.submission(), read.findings());
            boolean warned = e.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING);
            switch (kind) {
                case CLEAN -> {
                    assertFalse(e.blocked(), () -> "clean " + e.findings());
                    assertFalse(warned, () -> "clean " + e.findings());
                }
                case WITH_WARNINGS -> {
                    assertFalse(e.blocked(), () -> "warnings only " + e.findings());
                    assertTrue(warned);
                }
                case BLOCKED -> assertTrue(e.blocked());
            }
            assertEquals(SubmissionGenerator.department(i), e.department());
        }
        assertEquals(3, seen.size());
    }
}
