package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.RunCommand;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.pipeline.ReadResult;
import org.selfeval.pipeline.ReadStage;
import picocli.CommandLine;

/**
 * A submission that hangs the reader is abandoned after --timeout and filed as failed; the batch
 * goes on.
 */
class SubmissionTimeoutTest {

    private static final String DAY = "2026-11-27";
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse(DAY + "T02:00:00Z"), ZoneOffset.UTC);

    @TempDir Path root;

    /** Released when the test ends, so the abandoned reader thread finishes. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHungReader() {
        release.countDown();
    }

    /**
     * A reader that never returns for a "hang" workbook and ignores interrupts, like a parser in a
     * tight loop.
     */
    private final class HangingReader implements ReadStage {
        private final ReadStage fake = new FakeStages.Reader();

        @Override
        public ReadResult read(Path origin) {
            if (FakeStages.properties(origin).containsKey("hang")) {
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException ignored) {
                        // a stuck parser does not notice interrupts either
                    }
                }
            }
            return fake.read(origin);
        }
    }

    @Test
    void hangingSubmissionIsAbandonedAndTheOthersAreConverted() throws IOException {
        Path inbox = root.resolve("inbox");
        FakeStages.workbook(inbox.resolve("a-good.xlsx"), "广州市花都区市场监督管理局", "2023");
        FakeStages.workbook(inbox.resolve("b-hang.xlsx"), "广州市花都区卡住局", "2023", "hang=true");
        FakeStages.workbook(inbox.resolve("c-good.xlsx"), "广州市花都区教育局", "2023");
        Pipeline pipeline =
                new Pipeline(
                        new HangingReader(), new FakeStages.Evaluator(), new FakeStages.Renderer());
        StringWriter err = new StringWriter();
        CommandLine cl =
                new CommandLine(
                        new RunCommand((config, style, framework) -> pipeline, CLOCK, d -> {}));
        cl.setErr(new PrintWriter(err, true));

        int exit =
                cl.execute(
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
                        "2",
                        "--timeout",
                        "1");

        assertEquals(ExitCodes.FAILED, exit, err.toString());
        Path failed = root.resolve("failed").resolve(DAY);
        assertEquals(List.of("b-hang.xlsx", "b-hang.xlsx.原因.txt"), names(failed));
        String reason =
                Files.readString(failed.resolve("b-hang.xlsx.原因.txt"), StandardCharsets.UTF_8);
        assertTrue(reason.contains("处理超时：读取和转换该提交超过了 1 秒的时限"), reason);
        assertEquals(
                List.of("a-good.xlsx", "c-good.xlsx"), names(root.resolve("archive").resolve(DAY)));
        assertEquals(List.of(".selfeval.lock"), names(inbox));
        String console = err.toString();
        assertTrue(console.contains("[2/3] b-hang.xlsx 无法读取：处理超时（超过 1 秒），已放弃，移入失败文件夹"), console);
        assertTrue(
                console.contains("报告已生成 2 份，存在错误 0 份，无法读取 0 份，格式不支持或无法处理 1 份（其中处理超时 1 份；"),
                "one count: a time-out is a file received and refused, as status lists it: "
                        + console);
        assertEquals(
                List.of("b-hang.xlsx"),
                org.selfeval.publish.Manifest.readRefused(root.resolve("output")).stream()
                        .map(org.selfeval.publish.RefusedFile::file)
                        .toList());
        assertFalse(console.contains("Exception"), console);
        // not remembered: once fixed (or on a quieter night) the same file can be dropped again and
        // is tried again
        List<String> recorded =
                org.selfeval.publish.Manifest.read(root.resolve("output")).stream()
                        .map(org.selfeval.publish.ManifestEntry::source)
                        .toList();
        assertEquals(List.of("a-good.xlsx", "c-good.xlsx"), recorded);
    }

    @Test
    void timeoutMustBePositive() {
        CommandLine cl = new CommandLine(new RunCommand(FakeStages.factory(), CLOCK, d -> {}));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(
                ExitCodes.USAGE,
                cl.execute("--inbox", root.resolve("i").toString(), "--timeout", "0"));
        assertTrue(err.toString().contains("--timeout 必须至少为 1 秒"), err.toString());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
