package org.selfeval.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.robust.HostileInputs.example;
import static org.selfeval.robust.HostileInputs.value;
import static org.selfeval.robust.HostileInputs.variant;
import static org.selfeval.robust.HostileInputs.write;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Main;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.testing.SeasonFolders;
import picocli.CommandLine;

/**
 * selfeval record rebuild on real workbooks, through the real program: the same verdicts, figures,
 * documents and first errors (read again from the filed submissions).
 */
class RecordRebuildRealTest {

    @TempDir Path root;

    private final StringWriter err = new StringWriter();

    private int selfeval(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(SeasonFolders.args(root, List.of(args)));
    }

    private static List<String> verdicts(List<ManifestEntry> entries) {
        return entries.stream()
                .map(
                        e ->
                                String.join(
                                        "|",
                                        e.hash(),
                                        e.department(),
                                        e.year(),
                                        e.status().name(),
                                        String.valueOf(e.version()),
                                        String.valueOf(e.total()),
                                        e.grade(),
                                        e.report(),
                                        e.auditReport(),
                                        String.valueOf(e.errors()),
                                        e.firstError()))
                .sorted()
                .toList();
    }

    @Test
    void theRecordOfRealSubmissionsComesBackTheSame() throws Exception {
        write(root.resolve("inbox/市场监管局.xlsx"), example());
        write(root.resolve("inbox/另一个局.xlsx"), variant("广州市花都区测试另一个局"));
        // blocked: 资产管理 小计 as the published report printed it
        write(root.resolve("inbox/出错的局.xlsx"), variant("广州市花都区测试出错局", value("绩效指标", "K43", 9)));
        write(root.resolve("inbox/坏文件.xlsx"), new byte[] {1, 2, 3});
        // cut off mid-way (a download that stopped): POI warns of its zip as it reads it
        write(
                root.resolve("inbox/截断.xlsx"),
                java.util.Arrays.copyOf(example(), example().length / 2));
        selfeval("run", "--settle", "0", "--init");
        List<ManifestEntry> before = Manifest.read(root.resolve("output"));
        assertEquals(5, before.size(), err.toString());
        // the first errors the rebuild must find again: the blocked one's and the unreadable ones'
        assertTrue(
                before.stream().anyMatch(e -> e.firstError().startsWith("绩效指标!K43：")),
                verdicts(before).toString());
        assertEquals(
                3,
                before.stream().filter(e -> !e.firstError().isEmpty()).count(),
                verdicts(before).toString());
        Files.delete(root.resolve("output").resolve(Manifest.FILE_NAME));

        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream libraries = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(libraries, true, "UTF-8"));
        try {
            assertEquals(0, selfeval("record", "rebuild"), err.toString());
        } finally {
            System.setErr(console);
        }

        assertEquals(verdicts(before), verdicts(Manifest.read(root.resolve("output"))));
        assertTrue(err.toString().contains("已重建处理记录"), err.toString());
        assertEquals(
                "", libraries.toString("UTF-8"), "library warnings go to the log, not the console");
        try (var logs = Files.list(root.resolve("output/logs"))) {
            String log = Files.readString(logs.findFirst().orElseThrow());
            assertTrue(log.contains("截断.xlsx：无法读取"), log);
        }
    }
}
