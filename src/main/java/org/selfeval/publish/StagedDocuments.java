package org.selfeval.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.selfeval.pipeline.Outcome;

/**
 * A converted submission's report and audit report, written and forced to disk under hidden temporary names in
 * their final folder by the converting thread, in parallel with the others. The publisher, which goes one
 * submission at a time in inbox order, then only renames them ({@link #commit}): the two forced syncs per
 * submission leave its path, and a file under its final name is still always whole. Temporary files left by a
 * crash are removed by {@link TempFileSweeper}.
 */
public record StagedDocuments(ReportNames names, Path folder, Path report, Path auditReport) {

    /** Writes whichever documents the outcome has into {@code <out>/<年度>/<部门名称>/} under temporary names. */
    public static StagedDocuments stage(Path out, Outcome outcome, ReportNames names) throws IOException {
        Path folder = names.folder(out);
        Path report = outcome.report() == null ? null : AtomicFiles.writeTemp(folder, outcome.report());
        Path audit = null;
        try {
            if (outcome.auditReport() != null) audit = AtomicFiles.writeTemp(folder, outcome.auditReport());
        } catch (IOException | RuntimeException e) {
            if (report != null) Files.deleteIfExists(report);
            throw e;
        }
        return new StagedDocuments(names, folder, report, audit);
    }

    /** Renames the documents into place, {@code tag} ("-v2" …) before ".docx". */
    public PublishedFiles commit(String tag) throws IOException {
        Path publishedReport = null;
        Path publishedAudit = null;
        if (report != null) {
            publishedReport = folder.resolve(names.report(tag));
            AtomicFiles.move(report, publishedReport);
        }
        if (auditReport != null) {
            publishedAudit = folder.resolve(names.auditReport(tag));
            AtomicFiles.move(auditReport, publishedAudit);
        }
        return new PublishedFiles(publishedReport, publishedAudit);
    }

    /** Deletes what is still under a temporary name (not published: a duplicate, a stop, a failed commit). */
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
