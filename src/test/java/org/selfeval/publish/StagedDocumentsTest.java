package org.selfeval.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Outcome;
import org.selfeval.pipeline.Status;

class StagedDocumentsTest {

    @TempDir Path out;

    private final ReportNames names = ReportNames.of("广州市花都区测试局", "2023", Path.of("提交.xlsx"));

    @Test
    void stagedDocumentsAreHiddenUntilCommittedThenWholeUnderTheirVersionedNames()
            throws IOException {
        byte[] report = "报告".getBytes(StandardCharsets.UTF_8);
        byte[] audit = "校验报告".getBytes(StandardCharsets.UTF_8);
        StagedDocuments staged =
                StagedDocuments.stage(
                        out,
                        new Outcome(
                                Path.of("提交.xlsx"),
                                Status.CONVERTED,
                                null,
                                List.of(),
                                report,
                                audit),
                        names);

        assertEquals(List.of(), visibleFiles(), "nothing under a final name before publishing");
        assertEquals(2, tempFiles().size());

        PublishedFiles files = staged.commit(2).files();
        staged.discard(); // after a commit there is nothing left to discard

        assertEquals(names.folder(out).resolve(names.report("-v2")), files.report());
        assertArrayEquals(report, Files.readAllBytes(files.report()));
        assertArrayEquals(audit, Files.readAllBytes(files.auditReport()));
        assertEquals(List.of(), tempFiles());
    }

    @Test
    void aPublishedDocumentIsNeverReplacedWhateverVersionTheRecordAsksFor() throws IOException {
        Path folder = names.folder(out);
        Files.createDirectories(folder);
        byte[] v1 = "第一版".getBytes(StandardCharsets.UTF_8);
        byte[] v2 = "第二版（record 不知道它）".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(names.report("")), v1);
        Files.write(folder.resolve(names.report("-v2")), v2);
        byte[] changed = "更正后的报告".getBytes(StandardCharsets.UTF_8);

        // the record was lost: it asks for version 1
        StagedDocuments.Committed committed =
                StagedDocuments.stage(
                                out,
                                new Outcome(
                                        Path.of("提交.xlsx"),
                                        Status.CONVERTED,
                                        null,
                                        List.of(),
                                        changed,
                                        null),
                                names)
                        .commit(1);

        assertEquals(3, committed.version());
        assertArrayEquals(changed, Files.readAllBytes(folder.resolve(names.report("-v3"))));
        assertArrayEquals(v1, Files.readAllBytes(folder.resolve(names.report(""))), "v1 untouched");
        assertArrayEquals(
                v2, Files.readAllBytes(folder.resolve(names.report("-v2"))), "v2 untouched");
        assertEquals(List.of(), tempFiles());
    }

    @Test
    void theSameDocumentAlreadyInPlaceIsTakenAsItIs() throws IOException {
        byte[] report = "报告".getBytes(StandardCharsets.UTF_8);
        Outcome outcome =
                new Outcome(Path.of("提交.xlsx"), Status.CONVERTED, null, List.of(), report, null);
        StagedDocuments.stage(out, outcome, names).commit(1);
        // a run that died after publishing, before recording: the same bytes again
        StagedDocuments.Committed again = StagedDocuments.stage(out, outcome, names).commit(1);

        assertEquals(1, again.version());
        assertEquals(List.of(names.folder(out).resolve(names.report(""))), visibleFiles());
        assertEquals(List.of(), tempFiles());
    }

    @Test
    void discardedDocumentsLeaveNothingBehind() throws IOException {
        StagedDocuments staged =
                StagedDocuments.stage(
                        out,
                        new Outcome(
                                Path.of("提交.xlsx"),
                                Status.BLOCKED,
                                null,
                                List.of(),
                                null,
                                new byte[] {1, 2, 3}),
                        names);
        assertNull(staged.report(), "a blocked submission has no report to stage");

        staged.discard();

        assertEquals(List.of(), tempFiles());
        assertEquals(List.of(), visibleFiles());
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                    .toList();
        }
    }

    private List<Path> visibleFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                    .toList();
        }
    }
}
