package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.ExitCodes;
import org.selfeval.publish.Manifest;
import org.selfeval.publish.SafeNames;

/**
 * A legal long name (81 Chinese characters: 248 bytes with .xlsx) never keeps a submission in the
 * inbox.
 */
class LongNamesTest {

    private static final String LONG =
            "广州市花都区".repeat(13) + "市场监督管理局".substring(0, 3); // 81 characters

    @TempDir Path root;

    @Test
    void aFailingWorkbookWithAn81CharacterNameIsFiledWithItsReasonUnderAShortenedName()
            throws IOException {
        assertEquals(81, LONG.codePointCount(0, LONG.length()));
        Path inbox = root.resolve("inbox");
        FakeStages.workbook(inbox.resolve(LONG + ".xlsx"), "广州市花都区财政局", "2023", "errors=2");
        // 80 characters in common with it: still told apart once shortened
        FakeStages.workbook(
                inbox.resolve(LONG.substring(0, 80) + "乙.xlsx"), "广州市花都区市场监督管理局", "2023");
        StringWriter err = new StringWriter();

        assertEquals(
                ExitCodes.FAILED, RunCommandTest.run(root, err, d -> {}, "--init"), err.toString());

        assertEquals(List.of(".selfeval.lock"), names(inbox), "nothing stuck");
        Path failed = root.resolve("failed").resolve(RunCommandTest.DAY);
        List<String> filed = names(failed);
        assertEquals(3, filed.size(), filed.toString());
        String reason = filed.stream().filter(n -> n.endsWith(".原因.txt")).findFirst().orElseThrow();
        assertTrue(
                Files.readString(failed.resolve(reason), StandardCharsets.UTF_8)
                        .contains("提交：" + LONG + ".xlsx"),
                "the reason names the file as the clerk named it");
        assertEquals(1, names(root.resolve("archive").resolve(RunCommandTest.DAY)).size());
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(p -> assertTrue(bytes(p.getFileName().toString()) <= 255, p.toString()));
        }
        assertEquals(
                LONG + ".xlsx",
                Manifest.read(root.resolve("output")).stream()
                        .filter(e -> e.errors() == 2)
                        .findFirst()
                        .orElseThrow()
                        .source());
        // a second run has nothing left to fail on
        assertEquals(ExitCodes.OK, RunCommandTest.run(root, new StringWriter(), d -> {}));
    }

    @Test
    void aShortenedNameIsStableAndTellsLongNamesApart() {
        String a = SafeNames.fitBytes(LONG + "甲.xlsx", 100);
        assertEquals(a, SafeNames.fitBytes(LONG + "甲.xlsx", 100));
        assertNotEquals(a, SafeNames.fitBytes(LONG + "乙.xlsx", 100));
        assertTrue(bytes(a) <= 100 && a.endsWith(".xlsx") && a.startsWith("广州市花都区"), a);
        assertEquals("短名.xlsx", SafeNames.fitBytes("短名.xlsx", 100));
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
