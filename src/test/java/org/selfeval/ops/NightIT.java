package org.selfeval.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Status;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.ManifestEntry;

/**
 * A hard night, with real processes: a bare environment, files the program cannot take, a
 * submission withdrawn while the run waits for copies to settle, and a second run on the same inbox
 * with another output folder. Every good submission is converted exactly once, every other file is
 * in failed/ with a reason, and the manifest holds nothing that blames content for the environment.
 */
class NightIT {

    @TempDir Path dir;

    private static void awaitLine(Path log, String text) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text))
                return;
            Thread.sleep(100);
        }
        throw new AssertionError("the run never logged " + text);
    }

    @Test
    void everyGoodSubmissionOnceEveryOtherFileWithAReasonNoBlameForTheEnvironment()
            throws Exception {
        Path inbox = dir.resolve("inbox");
        List<String> good = Submissions.clean(inbox, 4).stream().sorted().toList();
        Path withdrawn = inbox.resolve("撤回的提交.xlsx");
        Files.copy(inbox.resolve(good.get(0)), withdrawn);
        Files.write(
                withdrawn,
                new byte[] {1},
                java.nio.file.StandardOpenOption.APPEND); // content of its own
        List<String> unsupported = List.of("教育局自评表.ods", "财政局自评表.et", "扫描件.pdf", "全部材料.zip");
        for (String name : unsupported)
            Files.write(inbox.resolve(name), new byte[] {0x50, 0x4b, 3, 4});
        Path logs = dir.resolve("logs");

        // 1. cron without LANG, plain java -jar: refused, nothing touched
        Child.Result bare =
                Child.run(dir, logs, List.of(), Child.plainJava("run", "--settle", "0"));
        assertEquals(2, bare.exit(), bare.toString());
        assertEquals(6 + unsupported.size() - 1, Submissions.names(inbox).size(), "untouched");

        // 2. the launcher's run, and a second run on the same inbox with another --out while the
        // first waits
        Child first =
                Child.start(
                        dir,
                        logs,
                        Child.launcherVariables(),
                        Child.launcher("run", "--settle", "10", "--out", "输出甲"));
        // it holds its locks, has looked at the inbox and waits for copies to settle
        awaitLine(dir.resolve("输出甲/logs/selfeval-" + LocalDate.now() + ".log"), "确认收件文件夹中的文件已复制完成");
        Files.delete(withdrawn); // a clerk takes a submission back
        Child.Result second =
                Child.run(
                        dir,
                        logs,
                        Child.launcherVariables(),
                        Child.launcher("run", "--settle", "0", "--out", "输出乙"));
        int firstExit = first.waitFor();

        assertEquals(4, second.exit(), second.toString());
        assertTrue(second.err().contains("另一个 selfeval run 正在处理收件文件夹"), second.toString());
        assertFalse(
                Files.exists(dir.resolve("输出乙").resolve(Manifest.FILE_NAME)),
                "the second run took nothing");

        assertEquals(1, firstExit, first.err());
        String console = first.err();
        assertTrue(console.contains("报告已生成 4 份"), console);
        assertTrue(console.contains("1 份在处理期间被移走或改动，已跳过"), console);
        assertFalse(console.contains("程序内部错误"), console);
        assertFalse(console.contains("Exception"), console);

        String day = LocalDate.now().toString();
        assertEquals(good, Submissions.names(dir.resolve("archive").resolve(day)));
        List<String> failedExpected = new ArrayList<>();
        for (String name : unsupported) {
            failedExpected.add(name);
            failedExpected.add(name + ".原因.txt");
        }
        assertEquals(
                failedExpected.stream().sorted().toList(),
                Submissions.names(dir.resolve("failed").resolve(day)));
        for (String name : unsupported) {
            String reason =
                    Files.readString(
                            dir.resolve("failed").resolve(day).resolve(name + ".原因.txt"),
                            StandardCharsets.UTF_8);
            assertTrue(reason.contains("“" + name + "”") && reason.contains("请"), reason);
        }
        assertEquals(List.of(".selfeval.lock"), Submissions.names(inbox));

        List<ManifestEntry> entries = Manifest.read(dir.resolve("输出甲"));
        assertEquals(
                good,
                entries.stream().map(ManifestEntry::source).sorted().toList(),
                "each good one exactly once");
        assertTrue(
                entries.stream().allMatch(e -> e.status() == Status.CONVERTED), entries.toString());
        for (ManifestEntry e : entries)
            assertTrue(Files.isRegularFile(dir.resolve("输出甲").resolve(e.report())));
    }
}
