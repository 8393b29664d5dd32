package org.selfeval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.framework.BuiltInProjectFrameworks;
import org.selfeval.framework.ProjectFramework;
import org.selfeval.framework.ProjectFrameworkSource;
import org.selfeval.ingest.ProjectSubmissionReader;
import org.selfeval.model.Finding;
import org.selfeval.model.ProjectSubmission;
import org.selfeval.project.ProjectEvaluation;
import org.selfeval.project.ProjectEvaluator;
import org.selfeval.template.ProjectTemplateWriter;

/**
 * The benchmark's project workbooks are what they claim: read back and scored, a clean project has
 * no finding, a capped one is capped by a 评分规则, one that misses a target lacks its 偏差原因.
 */
class ProjectTableGeneratorTest {

    static final ProjectFramework NATIONAL = BuiltInProjectFrameworks.defaultFramework();

    @TempDir Path dir;

    @Test
    void eachKindOfGeneratedProjectScoresAsItsKindSays() throws IOException {
        ProjectTableGenerator generator =
                new ProjectTableGenerator(
                        7, NATIONAL, k -> new ProjectTemplateWriter(NATIONAL).build(k));
        var frameworks = ProjectFrameworkSource.forSheets(NATIONAL);
        int seen = 0;
        for (int w = 0; w < 4; w++) {
            Path file = Files.write(dir.resolve(w + ".xlsx"), generator.xlsx(w, 3));
            ProjectSubmission s = new ProjectSubmissionReader(frameworks).read(file);
            assertEquals(List.of(), s.findings());
            assertEquals(3, s.projects().size());
            for (int k = 0; k < 3; k++) {
                int project = w * 3 + k;
                ProjectEvaluation e =
                        new ProjectEvaluator(frameworks).evaluate(s.projects().get(k), null, null);
                List<String> rules = e.findings().stream().map(Finding::ruleId).distinct().toList();
                switch (ProjectTableGenerator.kind(project)) {
                    case CLEAN -> assertEquals(List.of(), rules, e.name());
                    case CAPPED -> {
                        assertEquals(List.of("P-RULE"), rules, e.name());
                        assertTrue(e.cap() != null && e.total().compareTo(e.sum()) < 0, e.name());
                    }
                    case MISSED_TARGET ->
                            assertTrue(rules.contains("P-DEVIATION"), rules + " " + e.name());
                }
                assertEquals("第" + (w + 1) + "局", e.department());
                seen++;
            }
        }
        assertEquals(12, seen);
    }
}
