package org.selfeval.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.publish.AtomicFiles;
import org.selfeval.publish.ManifestEntry;
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
        List<Path> written = new ArrayList<>();
        for (String year : StatusBoard.years(entries, refused)) {
            StatusBoard board = StatusBoard.of(year, entries, refused, roster);
            Path folder = out.resolve(SafeNames.of(year, ReportNames.UNKNOWN_YEAR));
            Path csv = folder.resolve(CSV_NAME);
            Path xlsx = folder.resolve(XLSX_NAME);
            AtomicFiles.write(csv, SummaryCsv.bytes(board));
            AtomicFiles.write(xlsx, SummaryWorkbook.bytes(board));
            written.add(csv);
            written.add(xlsx);
        }
        return written;
    }
}
