package org.selfeval.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process started for a converter's work folder is stopped at close even when it is no longer
 * this JVM's child (an office restarted behind the pool's back is reparented like this one).
 */
class OfficeProcessesTest {

    @TempDir Path work;
    @TempDir Path elsewhere;

    @Test
    void anOrphanedProcessNamingTheWorkFolderIsFoundAndStopped() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Path script = Files.writeString(work.resolve("office.sh"), "sleep 300\n");
        Path other = Files.writeString(elsewhere.resolve("office.sh"), "sleep 300\n");
        // the launcher exits at once: what it started is nobody's child of ours any more
        for (Path s : List.of(script, other)) {
            Process launcher =
                    new ProcessBuilder(
                                    "/bin/sh", "-c", "nohup /bin/sh '" + s + "' >/dev/null 2>&1 &")
                            .start();
            assertTrue(launcher.waitFor(10, TimeUnit.SECONDS));
        }
        List<ProcessHandle> found = waitForTwo(work);
        List<ProcessHandle> unrelated = waitForTwo(elsewhere);
        try {
            assertTrue(
                    found.stream()
                            .noneMatch(
                                    p -> ProcessHandle.current().descendants().anyMatch(p::equals)),
                    "orphaned");

            assertEquals(
                    2,
                    OfficeProcesses.stop(work, Duration.ofSeconds(5)),
                    "the shell and its sleep");

            for (ProcessHandle p : found) {
                p.onExit().get(10, TimeUnit.SECONDS);
                assertFalse(p.isAlive());
            }
            assertEquals(List.of(), OfficeProcesses.under(work));
            assertTrue(
                    unrelated.stream().allMatch(ProcessHandle::isAlive),
                    "another folder's left alone");
        } finally {
            OfficeProcesses.stop(elsewhere, Duration.ofSeconds(5));
        }
        assertEquals(List.of(), OfficeProcesses.under(elsewhere));
    }

    /** The script's shell and its sleep, once both have started. */
    private static List<ProcessHandle> waitForTwo(Path folder) throws InterruptedException {
        List<ProcessHandle> found = List.of();
        for (int i = 0; i < 200 && found.size() < 2; i++) {
            Thread.sleep(25);
            found = OfficeProcesses.under(folder);
        }
        assertEquals(2, found.size(), found.toString());
        return found;
    }
}
