package org.selfeval.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.pipeline.Outcome;

/**
 * A converted submission's report and audit report, written and forced to disk under hidden
 * temporary names in their final folder by the converting thread, in parallel with the others. The
 * publisher, which goes one submission at a time in inbox order, then only renames them ({@link
 * #commit}): the two forced syncs per submission leave its path, and a file under its final name is
 * still always whole. Temporary files left by a crash are removed by {@link TempFileSweeper}.
 */
public record StagedDocuments(ReportNames names, Path folder, Path report, Path auditReport) {

    /**
     * Writes whichever documents the outcome has into {@code <out>/<年度>/<部门名称>/} under temporary
     * names.
     */
    public static StagedDocuments stage(Path out, Outcome outcome, ReportNames names)
            throws IOException {
        Path folder = names.folder(out);
        Path report =
                outcome.report() == null ? null : AtomicFiles.writeTemp(folder, outcome.report());
        Path audit = null;
        try {
            if (outcome.auditReport() != null)
                audit = AtomicFiles.writeTemp(folder, outcome.auditReport());
        } catch (IOException | RuntimeException e) {
            if (report != null) Files.deleteIfExists(report);
            throw e;
        }
        return new StagedDocuments(names, folder, report, audit);
    }

    /**
     * What was published: under which version, and where; {@code placed} are the files this commit
     * put in place (not those that already held the same bytes).
     */
    public record Committed(int version, PublishedFiles files, List<Path> placed) {

        public Committed {
            placed = List.copyOf(placed);
        }

        /**
         * Takes back the files this commit put in place, when its submission could not be filed and
         * has no verdict: no document stays published for a verdict never given (the next run
         * publishes the submission anew). A file that cannot be removed is left (it is whole).
         */
        public void withdraw() {
            for (Path p : placed) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left in place: a whole document, only without its verdict
                }
            }
        }
    }

    /**
     * Puts the documents in place under the first version from {@code firstVersion} on whose names
     * are free or already hold these very bytes: a published document is never replaced, whatever
     * the record says (it may have been lost, or a copy of output/ put back). Each file is linked
     * to its name, which fails when the name is taken, so not even a concurrent writer is
     * overwritten.
     */
    public Committed commit(int firstVersion) throws IOException {
        for (int version = Math.max(1, firstVersion); ; version++) {
            String tag = ReportNames.versionTag(version);
            Path publishedReport = report == null ? null : folder.resolve(names.report(tag));
            Path publishedAudit =
                    auditReport == null ? null : folder.resolve(names.auditReport(tag));
            if (!fits(report, publishedReport) || !fits(auditReport, publishedAudit)) continue;
            List<Path> placed = new ArrayList<>();
            if (!place(report, publishedReport, placed)
                    || !place(auditReport, publishedAudit, placed)) {
                // a name taken meanwhile: this version's other document goes too
                new Committed(version, null, placed).withdraw();
                continue;
            }
            return new Committed(
                    version, new PublishedFiles(publishedReport, publishedAudit), placed);
        }
    }

    /**
     * A name is usable when it is free or holds the same bytes (a run that died before recording
     * it).
     */
    private static boolean fits(Path staged, Path target) throws IOException {
        if (staged == null || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return true;
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Files.mismatch(staged, target) == -1;
    }

    /**
     * False when the name was taken since {@link #fits} looked (then the next version is tried).
     */
    private static boolean place(Path staged, Path target, List<Path> placed) throws IOException {
        if (staged == null) return true;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.mismatch(staged, target) != -1) return false;
            Files.delete(staged); // the same document is already there
            return true;
        }
        try {
            AtomicFiles.publishNew(staged, target);
            placed.add(target);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        }
    }

    /**
     * Deletes what is still under a temporary name (not published: a duplicate, a stop, a failed
     * commit).
     */
    public void discard() {
        for (Path temp : new Path[] {report, auditReport}) {
            if (temp == null) continue;
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // left for TempFileSweeper
            }
        }
    }
}
