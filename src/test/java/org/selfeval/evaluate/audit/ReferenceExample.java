package org.selfeval.evaluate.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.ingest.SubmissionReader;
import org.selfeval.model.KeyProject;
import org.selfeval.model.Submission;

/**
 * The figures of the published 2023 花都区市场监督管理局 report, from their one fixture: the example
 * workbooks under input-templates/examples/ that {@code template.ReferenceExample} writes (and its
 * test keeps in step), read as the program reads them. {@link #asPublished()} has the report's
 * slips, {@link #corrected()} has them fixed.
 */
public final class ReferenceExample {

    private static final Path EXAMPLES = Path.of("input-templates", "examples");

    private ReferenceExample() {}

    /** Read once per test JVM: a submission is immutable, and each read costs POI a workbook. */
    private static final class Read {
        static final Submission AS_PUBLISHED = read("huadu-amr-2023-as-published.xlsx");
        static final Submission CORRECTED = read("huadu-amr-2023-corrected.xlsx");
    }

    public static Submission asPublished() {
        return Read.AS_PUBLISHED;
    }

    public static Submission corrected() {
        return Read.CORRECTED;
    }

    /** The corrected submission with one more 重点项目 row, on the sheet's next row. */
    public static Submission correctedWithProject(
            String seq,
            String name,
            String initial,
            String adjusted,
            String actual,
            String rate,
            String explanation) {
        Submission s = corrected();
        List<KeyProject> projects = new ArrayList<>(s.keyProjects());
        projects.add(
                SubmissionBuilder.keyProject(
                        s.origin().getFileName().toString(),
                        projects.size() + 2,
                        seq,
                        name,
                        initial,
                        adjusted,
                        actual,
                        rate,
                        explanation));
        return new Submission(
                s.origin(),
                s.files(),
                s.info(),
                s.income(),
                s.expenditure(),
                s.indicators(),
                projects,
                s.management(),
                s.funds());
    }

    private static Submission read(String file) {
        return new SubmissionReader().read(EXAMPLES.resolve(file)).submission();
    }
}
