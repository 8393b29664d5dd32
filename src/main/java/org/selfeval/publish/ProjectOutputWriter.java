package org.selfeval.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.selfeval.pipeline.ProjectOutcome;
import org.selfeval.project.ProjectEvaluation;

/**
 * Writes a submission's project documents into {@code <out>/<年度>/<主管部门>/项目支出绩效自评/}, atomically: a
 * {@code <年度>年度<项目名称>项目支出绩效自评表.docx} per project that is not blocked, and the submission's {@code
 * …项目支出绩效自评校验报告.docx}. Two projects of one name in one run get "-2", "-3".
 */
public final class ProjectOutputWriter {

    public static final String FOLDER = "项目支出绩效自评";
    private static final String TABLE = "项目支出绩效自评表";
    private static final String AUDIT = "项目支出绩效自评校验报告";

    private final Path out;
    private final Set<Path> written = new HashSet<>();

    public ProjectOutputWriter(Path out) {
        this.out = out;
    }

    /**
     * The files written for one outcome: per project its table (null when blocked), in project
     * order, then the 校验报告.
     */
    public record Written(List<Path> tables, Path auditReport) {}

    public Written write(ProjectOutcome outcome, String tag) throws IOException {
        List<Path> tables = new ArrayList<>();
        Path audit = null;
        for (int i = 0; i < outcome.projects().size(); i++) {
            ProjectEvaluation p = outcome.projects().get(i);
            byte[] bytes = outcome.tables().get(i);
            if (bytes == null) {
                tables.add(null);
                continue;
            }
            Path file =
                    unique(
                            folder(p)
                                    .resolve(
                                            prefix(p)
                                                    + SafeNames.of(p.name(), "项目" + (i + 1))
                                                    + TABLE
                                                    + tag),
                            ".docx");
            AtomicFiles.write(file, bytes);
            tables.add(file);
        }
        if (outcome.auditReport() != null) {
            ProjectEvaluation first =
                    outcome.projects().isEmpty() ? null : outcome.projects().get(0);
            String stem =
                    first == null || first.department().isEmpty()
                            ? SafeNames.of(ReportNames.stem(outcome.origin()), "项目")
                            : prefix(first) + SafeNames.of(first.department(), "项目");
            Path folder =
                    first == null
                            ? out.resolve(ReportNames.UNKNOWN_YEAR).resolve(stem).resolve(FOLDER)
                            : folder(first);
            audit = unique(folder.resolve(stem + AUDIT + tag), ".docx");
            AtomicFiles.write(audit, outcome.auditReport());
        }
        return new Written(tables, audit);
    }

    private Path folder(ProjectEvaluation p) {
        return ReportNames.of(p.department(), p.year(), Path.of(p.sheet().file()))
                .folder(out)
                .resolve(FOLDER);
    }

    private static String prefix(ProjectEvaluation p) {
        return p.year().isEmpty() ? "" : SafeNames.of(p.year(), "") + "年度";
    }

    private Path unique(Path stem, String extension) {
        Path candidate = stem.resolveSibling(stem.getFileName() + extension);
        for (int n = 2; !written.add(candidate); n++)
            candidate = stem.resolveSibling(stem.getFileName() + "-" + n + extension);
        return candidate;
    }
}
