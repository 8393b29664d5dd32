package org.selfeval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.CellRef;
import org.selfeval.model.Evaluation;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

/** validate's {@code check} has convert's per-file error handling and renders nothing. */
class PipelineCheckTest {

    private static final RenderStage NEVER =
            new RenderStage() {
                @Override
                public byte[] report(Evaluation evaluation) {
                    throw new AssertionError("check must not render");
                }

                @Override
                public byte[] auditReport(
                        Path origin, Evaluation evaluation, List<Finding> findings) {
                    throw new AssertionError("check must not render");
                }
            };

    @Test
    void aBugInAStageBecomesThatFilesInternalErrorNotACrash() {
        Pipeline p =
                new Pipeline(
                        origin -> {
                            throw new IllegalStateException("reader bug");
                        },
                        (s, f) -> null,
                        NEVER);

        Outcome o = p.check(Path.of("教育局.xlsx"));

        assertEquals(Status.INTERNAL_ERROR, o.status());
        assertEquals("INTERNAL", o.findings().get(0).ruleId());
        assertTrue(o.findings().get(0).message().contains("程序内部错误（IllegalStateException）"));
    }

    @Test
    void anUnreadableFileIsCheckedWithoutAnAuditReport() {
        Finding bad =
                new Finding(
                        "READ-CORRUPT",
                        Severity.ERROR,
                        CellRef.file("坏.xlsx"),
                        "",
                        "",
                        "",
                        "文件已损坏。");
        Pipeline p =
                new Pipeline(
                        origin -> new ReadResult(origin, null, List.of(bad)),
                        (s, f) -> null,
                        NEVER);

        Outcome o = p.check(Path.of("坏.xlsx"));

        assertEquals(Status.UNREADABLE, o.status());
        assertEquals(List.of(bad), o.findings());
        assertNull(o.auditReport());
    }
}
