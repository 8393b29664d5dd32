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

    @TempDir
    Path out;

    private final ReportNames names = ReportNames.of("广州市花都区测试局", "2023", Path.of("提交.xlsx"));

    @Test
    void stagedDocumentsAreHiddenUntilCommittedThenWholeUnderTheirVersionedNames() throws IOException {
        byte[] report = "报告".getBytes(StandardCharsets.UTF_8);
        byte[] audit = "校验报告".getBytes(StandardCharsets.UTF_8);
        StagedDocuments staged = StagedDocuments.stage(out,
                new Outcome(Path.of("提交.xlsx"), Status.CONVERTED, null, List.of(), report, audit), names);

        assertEquals(List.of(), visibleFiles(), "nothing under a final name before publishing");
        assertEquals(2, tempFiles().size());

        PublishedFiles files = staged.commit("-v2");
        staged.discard(); // after a commit there is nothing left to discard

        assertEquals(names.folder(out).resolve(names.report("-v2")), files.report());
        assertArrayEquals(report, Files.readAllBytes(files.report()));
        assertArrayEquals(audit, Files.readAllBytes(files.auditReport()));
        assertEquals(List.of(), tempFiles());
    }

    @Test
    void discardedDocumentsLeaveNothingBehind() throws IOException {
        StagedDocuments staged = StagedDocuments.stage(out,
                new Outcome(Path.of("提交.xlsx"), Status.BLOCKED, null, List.of(), null, new byte[] {1, 2, 3}), names);
        assertNull(staged.report(), "a blocked submission has no report to stage");

        staged.discard();

        assertEquals(List.of(), tempFiles());
        assertEquals(List.of(), visibleFiles());
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)).toList();
        }
    }

    private List<Path> visibleFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)).toList();
        }
    }
}
