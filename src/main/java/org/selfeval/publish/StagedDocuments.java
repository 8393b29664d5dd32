package org.selfeval.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.pipeline.DocumentName;
import org.selfeval.pipeline.Outcome;

/**
 * A converted submission's documents (every output format's), written and forced to disk under
 * hidden temporary names in their final folder by the converting thread, in parallel with the
 * others. The publisher, which goes one submission at a time in inbox order, then only renames them
 * ({@link #commit}): the forced syncs leave its path, and a file under its final name is still
 * always whole. Temporary files left by a crash are removed by {@link TempFileSweeper}.
 *
 * @param staged each document's temporary file, in the formats' order
 */
public record StagedDocuments(ReportNames names, Path folder, Map<DocumentName, Path> staged) {

    public StagedDocuments {
        staged = Collections.unmodifiableMap(new LinkedHashMap<>(staged));
    }

    /**
     * Writes whichever documents the outcome has into {@code <out>/<年度>/<部门名称>/} under temporary
     * names.
     */
    public static StagedDocuments stage(Path out, Outcome outcome, ReportNames names)
            throws IOException {
        Path folder = names.folder(out);
        Map<DocumentName, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<DocumentName, byte[]> d : outcome.documents().entrySet()) {
                staged.put(d.getKey(), AtomicFiles.writeTemp(folder, d.getValue()));
            }
        } catch (IOException | RuntimeException e) {
            for (Path temp : staged.values()) Files.deleteIfExists(temp);
            throw e;
        }
        return new StagedDocuments(names, folder, staged);
    }

    /** The report's temporary file, or null. */
    public Path report() {
        return staged.get(DocumentName.REPORT);
    }

    /** The audit report's temporary file, or null. */
    public Path auditReport() {
        return staged.get(DocumentName.AUDIT_REPORT);
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
     * overwritten. Every format's file takes the same version.
     */
    public Committed commit(int firstVersion) throws IOException {
        versions:
        for (int version = Math.max(1, firstVersion); ; version++) {
            String tag = ReportNames.versionTag(version);
            Map<DocumentName, Path> published = new LinkedHashMap<>();
            for (DocumentName name : staged.keySet())
                published.put(name, folder.resolve(names.file(name, tag)));
            for (DocumentName name : staged.keySet())
                if (!fits(staged.get(name), published.get(name))) continue versions;
            List<Path> placed = new ArrayList<>();
            for (DocumentName name : staged.keySet()) {
                if (!place(staged.get(name), published.get(name), placed)) {
                    // a name taken meanwhile: this version's other documents go too
                    new Committed(version, null, placed).withdraw();
                    continue versions;
                }
            }
            return new Committed(version, new PublishedFiles(published), placed);
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
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // left for TempFileSweeper
            }
        }
    }
}
