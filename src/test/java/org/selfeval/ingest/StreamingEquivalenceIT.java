package org.selfeval.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.bench.SubmissionGenerator;

/**
 * The broad sweep of {@link StreamingEquivalenceTest}: every generated submission the unit phase's
 * sample leaves out streams to what POI reads. In the integration phase, so that {@code mvn test}
 * stays a fast inner loop while {@code mvn verify} still reads all {@value
 * StreamingEquivalenceTest#GENERATED}.
 */
class StreamingEquivalenceIT {

    @TempDir Path dir;

    @Test
    void everyGeneratedSubmissionBeyondTheSampleStreamsToTheSameCellsAndResults()
            throws IOException {
        Set<Integer> sample = StreamingEquivalenceTest.sample();
        List<Integer> rest =
                IntStream.range(0, StreamingEquivalenceTest.GENERATED)
                        .filter(i -> !sample.contains(i))
                        .boxed()
                        .toList();
        Map<SubmissionGenerator.Kind, Integer> kinds =
                StreamingEquivalenceTest.generated(dir, rest);
        assertEquals(rest.size(), kinds.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(3, kinds.size(), kinds.toString());
    }
}
