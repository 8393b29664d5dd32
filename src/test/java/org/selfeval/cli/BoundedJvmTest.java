package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedJvmTest {

    @Test
    void aJvmStartedWithoutHeapOptionsRunsTheBatchInABoundedChild() {
        assertTrue(BoundedJvm.needed(List.of()));
        assertTrue(BoundedJvm.needed(List.of("-Dfile.encoding=UTF-8", "-Xss2m")));
    }

    @Test
    void heapOrCollectorOptionsOfTheUserAreLeftAsGiven() {
        assertFalse(BoundedJvm.needed(List.of("-Xmx2g")));
        assertFalse(BoundedJvm.needed(List.of("-Dfile.encoding=UTF-8", "-XX:+UseSerialGC")));
        assertFalse(BoundedJvm.needed(List.of("-XX:MaxRAMPercentage=50")));
    }

    @Test
    void theChildNeverStartsAnother() {
        List<String> child = new java.util.ArrayList<>(BoundedJvm.OPTIONS);
        child.add("-D" + BoundedJvm.CHILD_PROPERTY + "=true");
        assertFalse(BoundedJvm.needed(child));
        assertFalse(BoundedJvm.needed(List.of("-D" + BoundedJvm.CHILD_PROPERTY + "=true")));
    }
}
