package org.selfeval.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.ProjectSubmission;

/**
 * Project tables filled in the template, read back and audited: what a clean one scores, and what
 * each slip gives.
 */
class ProjectEvaluatorTest {

    @TempDir Path dir;

    @Test
    void aCleanProjectHasNoFindingsAndScoresFromItsCells() throws IOException {
        Path file =
                ProjectSamples.write(
                        dir,
                        "p.xlsx",
                        1,
                        wb -> ProjectSamples.clean(ProjectSamples.sheet(wb, 1), "高标准农田建设"));
        ProjectSubmission s = ProjectSamples.read(file);
        assertEquals(List.of(), s.findings());
        assertFalse(s.departmentSheets());
        assertEquals(1, s.projects().size());
        ProjectEvaluation e = ProjectSamples.evaluate(s, 0);
        assertEquals(List.of(), e.findings(), () -> e.findings().toString());
        assertEquals("高标准农田建设", e.name());
        assertEquals("青山县农业农村局", e.department());
        assertEquals("2023", e.year());
        assertEquals(0, new BigDecimal("95").compareTo(e.funds().rate()));
        assertEquals(0, new BigDecimal("99.5").compareTo(e.total()));
        assertEquals("优", e.grade());
        assertNull(e.cap());
        assertEquals(6, e.indicators().size());
    }
}
