package org.selfeval.evaluate.audit;

import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broad seed sweep of {@link AdviceConvergesTest}: the seeds beyond the unit phase's sample, in
 * the integration phase, so that {@code mvn test} stays a fast inner loop while {@code mvn verify}
 * still tries all {@value AdviceConvergesTest#SEEDS} seeds both ways.
 */
class AdviceConvergesIT {

    @TempDir Path dir;

    @TempDir static Path shared;

    static Stream<Long> seeds() {
        return LongStream.range(AdviceConvergesTest.SAMPLE, AdviceConvergesTest.SEEDS).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void applyingEveryNumericAdviceLeavesNoError(long seed) throws Exception {
        AdviceConvergesTest.converges(dir, new ExampleSlips(seed), seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void convergesWithTheTemplatesFormulasInTheAutoColumns(long seed) throws Exception {
        AdviceConvergesTest.converges(
                dir, new ExampleSlips(seed, AdviceConvergesTest.formulasWorkbook(shared)), seed);
    }
}
