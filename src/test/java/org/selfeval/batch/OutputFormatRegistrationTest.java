package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ConvertCommand;
import org.selfeval.cli.ExitCodes;
import org.selfeval.cli.RunCommand;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.pipeline.DocumentName;
import org.selfeval.pipeline.OutputFormat;
import org.selfeval.pipeline.OutputFormats;
import org.selfeval.pipeline.Pipeline;
import org.selfeval.testing.SeasonFolders;
import picocli.CommandLine;

/**
 * A new output format is one class and one registration: registered beside the standard ones, its
 * file is published by run and convert next to the report, under the same version, never over a
 * file already there.
 */
class OutputFormatRegistrationTest {

    private static final String GOOD = RunCommandTest.GOOD;
    private static final String PREFIX = "2023/" + GOOD + "/2023年度" + GOOD;

    /** The whole format: a line of text per submission that could be read. */
    static final class TextSummary implements OutputFormat {
        static final DocumentName NAME = new DocumentName("summary", "自评摘要", "摘要", "txt");

        @Override
        public DocumentName name() {
            return NAME;
        }

        @Override
        public byte[] render(Path origin, Evaluation evaluation, List<Finding> findings) {
            if (evaluation == null) return null;
            return (evaluation.department()
                            + " "
                            + evaluation.year()
                            + " 总分 "
                            + evaluation.scores().total()
                            + " 问题 "
                            + findings.size())
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The registration. */
    private static final PipelineFactory WITH_SUMMARY =
            (config, style, framework) ->
                    new Pipeline(
                            new FakeStages.Reader(),
                            new FakeStages.Evaluator(),
                            OutputFormats.standard(new FakeStages.Renderer())
                                    .with(new TextSummary()));

    @TempDir Path root;

    private int run() {
        CommandLine cl =
                new CommandLine(new RunCommand(WITH_SUMMARY, RunCommandTest.CLOCK, millis -> {}));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(SeasonFolders.args(root, List.of(), "--settle", "0"));
    }

    private Path out(String relative) {
        return root.resolve("output").resolve(relative);
    }

    @Test
    void runPublishesTheRegisteredFormatBesideTheReportVersionedAndNeverOverwritten()
            throws IOException {
        FakeStages.workbook(root.resolve("inbox/good.xlsx"), GOOD, "2023", "warnings=1");
        assertEquals(0, run());

        assertEquals(GOOD + " 2023 总分 94.98 问题 1", Files.readString(out(PREFIX + "自评摘要.txt")));
        assertTrue(Files.exists(out(PREFIX + "部门整体支出绩效自评报告.docx")));
        assertTrue(Files.exists(out(PREFIX + "部门整体支出绩效自评校验报告.docx")));

        // someone left a different file under the name version 2's summary would take
        Files.writeString(out(PREFIX + "自评摘要-v2.txt"), "别人的文件", StandardCharsets.UTF_8);
        FakeStages.workbook(root.resolve("inbox/good.xlsx"), GOOD, "2023", "总分=90.5");
        assertEquals(0, run());

        // every document of the second submission moves on to version 3 together
        assertEquals(GOOD + " 2023 总分 90.5 问题 0", Files.readString(out(PREFIX + "自评摘要-v3.txt")));
        assertEquals(
                "REPORT 2023 " + GOOD + " 90.5",
                Files.readString(out(PREFIX + "部门整体支出绩效自评报告-v3.docx")));
        assertTrue(Files.exists(out(PREFIX + "部门整体支出绩效自评校验报告-v3.docx")));
        assertFalse(Files.exists(out(PREFIX + "部门整体支出绩效自评报告-v2.docx")));
        assertEquals("别人的文件", Files.readString(out(PREFIX + "自评摘要-v2.txt")), "not overwritten");
        assertEquals(
                GOOD + " 2023 总分 94.98 问题 1",
                Files.readString(out(PREFIX + "自评摘要.txt")),
                "version 1 untouched");
        assertEquals(List.of(), hiddenTemporaries(), "nothing left under a temporary name");
    }

    @Test
    void aBlockedSubmissionGetsTheFormatsThatRenderForIt() throws IOException {
        FakeStages.workbook(root.resolve("inbox/blocked.xlsx"), GOOD, "2023", "errors=2");
        assertEquals(ExitCodes.FAILED, run());

        // no report for a blocked submission; its 校验报告 and the summary are published
        try (Stream<Path> files = Files.list(out("2023/" + GOOD))) {
            assertEquals(
                    List.of("2023年度" + GOOD + "自评摘要.txt", "2023年度" + GOOD + "部门整体支出绩效自评校验报告.docx"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void convertWritesTheRegisteredFormatToo() throws IOException {
        Path input = FakeStages.workbook(root.resolve("in/good.xlsx"), GOOD, "2023");
        CommandLine cl =
                new CommandLine(new ConvertCommand(WITH_SUMMARY, java.time.Clock.systemUTC()));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cl.execute(input.toString(), "--out", root.resolve("output").toString()));

        assertEquals(GOOD + " 2023 总分 94.98 问题 0", Files.readString(out(PREFIX + "自评摘要.txt")));
        assertTrue(Files.exists(out(PREFIX + "部门整体支出绩效自评报告.docx")));
    }

    @Test
    void aFormatIsRegisteredOnce() {
        OutputFormats formats =
                OutputFormats.standard(new FakeStages.Renderer()).with(new TextSummary());
        assertEquals(
                List.of(DocumentName.AUDIT_REPORT, DocumentName.REPORT, TextSummary.NAME),
                formats.list().stream().map(OutputFormat::name).toList());
        assertThrows(IllegalArgumentException.class, () -> formats.with(new TextSummary()));
    }

    private List<Path> hiddenTemporaries() throws IOException {
        try (Stream<Path> files = Files.list(out("2023/" + GOOD))) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
