package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedJvmIT {

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

    /**
     * The options are taken as given: a JVM started with them says nothing (an operator would see
     * any warning).
     */
    @Test
    void theChildsOptionsStartAJvmWithoutWarnings() throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(BoundedJvm.OPTIONS);
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out =
                new String(
                        p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor() == 0, out);
        assertFalse(out.toLowerCase(java.util.Locale.ROOT).contains("warning"), out);
    }

    @Test
    void theChildNeverStartsAnother() {
        List<String> child = new java.util.ArrayList<>(BoundedJvm.OPTIONS);
        child.add("-D" + BoundedJvm.CHILD_PROPERTY + "=true");
        assertFalse(BoundedJvm.needed(child));
        assertFalse(BoundedJvm.needed(List.of("-D" + BoundedJvm.CHILD_PROPERTY + "=true")));
    }
}
