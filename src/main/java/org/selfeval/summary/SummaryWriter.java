package org.selfeval.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.selfeval.framework.Framework;
import org.selfeval.publish.AtomicFiles;
import org.selfeval.publish.ManifestEntry;
import org.selfeval.publish.ProjectVerdict;
import org.selfeval.publish.RefusedFile;
import org.selfeval.publish.ReportNames;
import org.selfeval.publish.SafeNames;
import org.selfeval.summary.roster.Roster;

/**
 * The bureau's summary, {@code <out>/<年度>/汇总.csv} and {@code 汇总.xlsx}, for every year the manifest
 * knows. Derived from the manifest (and the roster) alone and rebuilt whole after each run, written
 * atomically.
 */
public final class SummaryWriter {

    public static final String CSV_NAME = "汇总.csv";
    public static final String XLSX_NAME = "汇总.xlsx";

    private SummaryWriter() {}

    /** Writes the summaries of every year in the manifest; returns the files written. */
    public static List<Path> write(Path out, List<ManifestEntry> entries, Roster roster)
            throws IOException {
        return write(out, entries, List.of(), roster);
    }

    /**
     * As {@link #write(Path, List, Roster)}, with the files refused for their format or name in
     * each year's view.
     */
    public static List<Path> write(
            Path out, List<ManifestEntry> entries, List<RefusedFile> refused, Roster roster)
            throws IOException {
        return write(out, entries, refused, List.of(), roster);
    }

    /**
     * As {@link #write(Path, List, List, Roster)}, with each year's 项目支出绩效自评表: a 项目 sheet and 统计
     * figures in 汇总.xlsx, and {@value ProjectSummarySheet#CSV_NAME} beside 汇总.csv.
     */
    public static List<Path> write(
            Path out,
            List<ManifestEntry> entries,
            List<RefusedFile> refused,
            List<ProjectVerdict> projects,
            Roster roster)
            throws IOException {
        return write(out, entries, refused, projects, roster, null);
    }

    /**
     * As {@link #write(Path, List, List, List, Roster)}, with the columns headed in the words of
     * the framework the bureau put in effect (null: the built-in frameworks').
     */
    public static List<Path> write(
            Path out,
            List<ManifestEntry> entries,
            List<RefusedFile> refused,
            List<ProjectVerdict> projects,
            Roster roster,
            Framework wording)
            throws IOException {
        List<Path> written = new ArrayList<>();
        Set<String> years = new LinkedHashSet<>(StatusBoard.years(entries, refused));
        years.addAll(ProjectBoard.years(projects));
        for (String year : years) {
            StatusBoard board = StatusBoard.of(year, entries, refused, roster).wordedBy(wording);
            ProjectBoard projectBoard = ProjectBoard.of(year, projects);
            Path folder = out.resolve(SafeNames.of(year, ReportNames.UNKNOWN_YEAR));
            Path csv = folder.resolve(CSV_NAME);
            Path xlsx = folder.resolve(XLSX_NAME);
            AtomicFiles.write(csv, SummaryCsv.bytes(board));
            AtomicFiles.write(xlsx, SummaryWorkbook.bytes(board, projectBoard));
            written.add(csv);
            written.add(xlsx);
            if (!projectBoard.isEmpty()) {
                Path projectCsv = folder.resolve(ProjectSummarySheet.CSV_NAME);
                AtomicFiles.write(projectCsv, ProjectSummarySheet.csv(projectBoard));
                written.add(projectCsv);
            }
        }
        return written;
    }
}
