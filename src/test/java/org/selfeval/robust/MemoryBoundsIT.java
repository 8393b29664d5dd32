package org.selfeval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Main;
import org.selfeval.ingest.grid.ReadLimits;

/**
 * Memory stays bounded: in a child JVM limited to 512 MB, a 100,000-row sheet is refused by the
 * cell count before POI loads it, and a workbook just under the limit (about 182,000 cells) is read
 * and converted.
 */
class MemoryBoundsIT {

    @TempDir Path root;

    @Test
    void largeSheetsStayWithinA512MegabyteHeap() throws Exception {
        Path inbox = root.resolve("inbox");
        HostileInputs.write(
                inbox.resolve("十万行.xlsx"), HostileInputs.withManyRows("测试十万行局", 100_000));
        HostileInputs.write(
                inbox.resolve("接近上限.xlsx"), HostileInputs.withManyRows("测试接近上限局", 60_000));
        assertTrue(60_000 * 3 < ReadLimits.MAX_CELLS);

        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                java,
                                "-Xmx512m",
                                "-Xlog:gc:file=" + root.resolve("gc.log"),
                                "-Dfile.encoding=UTF-8",
                                "-Dorg.slf4j.simpleLogger.log.org.docx4j=warn",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Main.class.getName(),
                                "run",
                                "--inbox",
                                inbox.toString(),
                                "--out",
                                root.resolve("output").toString(),
                                "--archive",
                                root.resolve("archive").toString(),
                                "--failed",
                                root.resolve("failed").toString(),
                                "--settle",
                                "0",
                                "--threads",
                                "1"));
        Process child =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(root.resolve("child.out").toFile())
                        .start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES));
        String console = Files.readString(root.resolve("child.out"), StandardCharsets.UTF_8);

        assertEquals(1, child.exitValue(), console);
        String day = LocalDate.now().toString();
        String reason =
                Files.readString(root.resolve("failed").resolve(day).resolve("十万行.xlsx.原因.txt"));
        assertTrue(reason.contains("单元格超过 " + ReadLimits.MAX_CELLS + " 个"), reason);
        assertTrue(
                Files.exists(root.resolve("archive").resolve(day).resolve("接近上限.xlsx")), console);
        String log =
                Files.readString(
                        root.resolve("output/logs/selfeval-" + day + ".log"),
                        StandardCharsets.UTF_8);
        assertFalse(log.contains("OutOfMemoryError"), log);
        System.out.println(
                "memory bounds: largest heap after a collection "
                        + maxAfterGc(root.resolve("gc.log"))
                        + " MB of 512 MB");
    }

    private static int maxAfterGc(Path gcLog) throws Exception {
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M").matcher(Files.readString(gcLog));
        int max = 0;
        while (m.find()) max = Math.max(max, Integer.parseInt(m.group(2)));
        return max;
    }
}
