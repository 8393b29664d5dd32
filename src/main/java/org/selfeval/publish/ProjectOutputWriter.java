package org.selfeval.publish;

import java.io.IOException;
import java.nio.file.Files;
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
    private final boolean keepPublished;

    /** True for the rebuild: nothing is written, the names a run gave are found again. */
    private boolean replay;

    private final Set<Path> written = new HashSet<>();

    /** For convert: a name written by an earlier convert is written again. */
    public ProjectOutputWriter(Path out) {
        this(out, false);
    }

    /**
     * @param keepPublished true for the nightly run: a name already on disk is never replaced, the
     *     document takes the next free one ("-2", "-3" …)
     */
    public ProjectOutputWriter(Path out, boolean keepPublished) {
        this.out = out;
        this.keepPublished = keepPublished;
    }

    /**
     * For {@code record rebuild}: {@link #write} writes nothing and gives, in the order the run
     * published them, the names the run's documents took (null where no such file is on disk);
     * outcomes evaluated without rendering count as rendered unless blocked.
     */
    public static ProjectOutputWriter replay(Path out) {
        ProjectOutputWriter w = new ProjectOutputWriter(out, true);
        w.replay = true;
        return w;
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
            if (bytes == null && !(replay && !p.blocked())) {
                tables.add(null);
                continue;
            }
            tables.add(
                    place(
                            folder(p)
                                    .resolve(
                                            prefix(p)
                                                    + SafeNames.of(p.name(), "项目" + (i + 1))
                                                    + TABLE
                                                    + tag),
                            bytes));
        }
        if (outcome.auditReport() != null || replay) {
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
            audit = place(folder.resolve(stem + AUDIT + tag), outcome.auditReport());
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

    /** Writes {@code bytes} under the first free name of {@code stem}.docx, -2, -3 … */
    private Path place(Path stem, byte[] bytes) throws IOException {
        for (int n = 1; ; n++) {
            Path candidate =
                    stem.resolveSibling(stem.getFileName() + (n == 1 ? "" : "-" + n) + ".docx");
            if (!written.add(candidate)) continue;
            if (replay) return Files.isRegularFile(candidate) ? candidate : null;
            if (!keepPublished) {
                AtomicFiles.write(candidate, bytes);
                return candidate;
            }
            try {
                AtomicFiles.writeNew(candidate, bytes);
                return candidate;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // published by an earlier night: it stays, this one takes the next name
            }
        }
    }
}
