package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfeval.framework.ProjectFrameworkSource;
import org.selfeval.ingest.ProjectSubmissionReader;
import org.selfeval.model.Formats;
import org.selfeval.model.ProjectSubmission;
import org.selfeval.project.ProjectEvaluation;
import org.selfeval.project.ProjectEvaluator;
import org.selfeval.testing.ProjectFill;

/**
 * The project example under input-templates/examples/: committed as the fixture writes it, and each
 * of its three projects ends as the README says. To refresh it: {@code mvn -o test
 * -Dtest=ProjectExampleTest -Dselfeval.regenerate=true}.
 */
class ProjectExampleTest {

    static final Path DIR = Path.of("input-templates", "examples");

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("selfeval.regenerate")) ProjectExample.write(DIR);
    }

    @Test
    void theCommittedWorkbookMatchesTheFixture() throws IOException {
        try (XSSFWorkbook wb = ProjectExample.workbook()) {
            assertEquals(
                    WorkbookSnapshot.of(ProjectFill.bytes(wb)),
                    WorkbookSnapshot.of(DIR.resolve(ProjectExample.FILE)));
        }
    }

    @Test
    void theThreeProjectsEndAsTheReadmeSays() {
        var forSheets = ProjectFrameworkSource.forSheets(ProjectExample.FRAMEWORK);
        ProjectSubmission s =
                new ProjectSubmissionReader(forSheets).read(DIR.resolve(ProjectExample.FILE));
        assertEquals(List.of(), s.findings());
        assertFalse(s.departmentSheets());
        List<ProjectEvaluation> e =
                s.projects().stream()
                        .map(p -> new ProjectEvaluator(forSheets).evaluate(p, null, null))
                        .toList();
        assertEquals(
                List.of("高标准农田建设", "农村户厕改造", "重大动物疫病防控"),
                e.stream().map(ProjectEvaluation::name).toList());
        assertEquals(List.of(), e.get(0).findings());
        assertEquals("99.85 优", Formats.plain(e.get(0).total()) + " " + e.get(0).grade());
        assertEquals(
                List.of("P-DEVIATION 警告 农村户厕改造!I13"),
                e.get(1).findings().stream()
                        .map(
                                f ->
                                        f.ruleId()
                                                + " "
                                                + f.severity().label()
                                                + " "
                                                + f.source().sheetCell())
                        .toList());
        assertEquals("98.36 优", Formats.plain(e.get(1).total()) + " " + e.get(1).grade());
        assertEquals(
                List.of("P-RULE 警告 动物疫病防控!H32 79/85"),
                e.get(2).findings().stream()
                        .map(
                                f ->
                                        f.ruleId()
                                                + " "
                                                + f.severity().label()
                                                + " "
                                                + f.source().sheetCell()
                                                + " "
                                                + f.expected()
                                                + "/"
                                                + f.found())
                        .toList());
        assertEquals("79 中", Formats.plain(e.get(2).total()) + " " + e.get(2).grade());
    }
}
