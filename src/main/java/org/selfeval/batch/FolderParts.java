package org.selfeval.batch;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.selfeval.ingest.SubmissionIdentity;
import org.selfeval.publish.FolderTrees;

/**
 * Folders of the inbox (or of {@code convert}) that hold several submissions ({@link
 * SubmissionIdentity#divide}): each complete workbook is a submission of its own, read, hashed and
 * filed as a file; the files left beside them are one more submission, the folder itself, read from
 * a copy of just those files and hashed without the complete workbooks — so once those are filed,
 * the folder holds exactly what was read and is filed as usual.
 */
public final class FolderParts {

    /** Each folder met, by how it divides (read from several threads). */
    private final Map<Path, SubmissionIdentity.Parts> divided = new ConcurrentHashMap<>();

    /**
     * The files at the top of each divided folder (name → size and time) when it was divided; a
     * complete workbook of a divided folder maps to its folder.
     */
    private final Map<Path, Map<String, String>> seen = new ConcurrentHashMap<>();

    private final Map<Path, Path> folderOf = new ConcurrentHashMap<>();

    /**
     * The submissions, each folder that holds several replaced by its complete workbooks and then
     * itself when other files are left beside them. A folder that cannot be listed stays as it is:
     * reading it says why.
     */
    public List<Path> expand(List<Path> submissions) {
        List<Path> expanded = new ArrayList<>();
        for (Path s : submissions) {
            if (!Files.isDirectory(s)) {
                expanded.add(s);
                continue;
            }
            SubmissionIdentity.Parts parts;
            Map<String, String> files;
            try {
                files = topFiles(s); // before dividing: a change while it is divided shows
                parts = SubmissionIdentity.divide(s);
            } catch (IOException e) {
                expanded.add(s);
                continue;
            }
            divided.put(s, parts);
            seen.put(s, files);
            for (Path own : parts.own()) folderOf.put(own, s);
            expanded.addAll(parts.own());
            if (!parts.split() || !parts.rest().isEmpty()) expanded.add(s);
        }
        return expanded;
    }

    /** How a folder passed to {@link #expand} divides; empty for a file. */
    public Optional<SubmissionIdentity.Parts> of(Path folder) {
        return Optional.ofNullable(divided.get(folder));
    }

    /**
     * Whether the files {@code submission} was divided by changed since (a copy still going on, a
     * clerk adding a workbook): a file came, went, grew or was saved again in the folder, apart
     * from its complete workbooks filed since; for one of those workbooks, whether it changed. How
     * the folder divides may then be wrong (a workbook added to a folder read as one submission
     * would be charged to another department), and its content hash would cover files never read:
     * the submission is left for the next round, which divides it again. A file or folder not
     * divided has not changed.
     */
    boolean changedSinceDivided(Path submission) {
        try {
            Path folder = folderOf.get(submission);
            if (folder != null) {
                String name = String.valueOf(submission.getFileName());
                return !Objects.equals(seen.get(folder).get(name), topFiles(folder).get(name));
            }
            Map<String, String> before = seen.get(submission);
            if (before == null) return false;
            Map<String, String> now = new TreeMap<>(topFiles(submission));
            Map<String, String> then = new TreeMap<>(before);
            for (String own : divided.get(submission).ownNames()) {
                now.remove(own); // filed since as a submission of its own, or still waiting
                then.remove(own);
            }
            return !now.equals(then);
        } catch (IOException e) {
            return true; // cannot be listed now: reading it again next round says why
        }
    }

    /**
     * The regular files at the top of {@code folder} that a submission is made of (lock and
     * temporary files left out), with their size and modification time.
     */
    private static Map<String, String> topFiles(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                String name = String.valueOf(p.getFileName());
                if (SubmissionFinder.isIgnored(name)) continue;
                try {
                    var a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile())
                        files.put(name, a.size() + "@" + a.lastModifiedTime().toMillis());
                } catch (IOException gone) {
                    files.put(name, "vanished");
                }
            }
        }
        return files;
    }

    /**
     * Which names the content hash of {@code submission} leaves out: lock and temporary files, and
     * for a divided folder its complete workbooks (submissions of their own).
     */
    Predicate<String> hashIgnores(Path submission) {
        Optional<SubmissionIdentity.Parts> parts = of(submission).filter(p -> p.split());
        if (parts.isEmpty()) return SubmissionFinder::isIgnored;
        var own = parts.get().ownNames();
        return name -> SubmissionFinder.isIgnored(name) || own.contains(name);
    }

    /**
     * Whether {@code folder} was divided and one of its complete workbooks is still in it (its
     * filing failed): the rest waits, so a workbook left for retry is never filed with it.
     */
    boolean waitsForItsParts(Path folder) {
        Optional<SubmissionIdentity.Parts> parts = of(folder).filter(p -> p.split());
        return parts.isPresent() && parts.get().own().stream().anyMatch(Files::exists);
    }

    /**
     * Removes the divided folders that their parts, once filed, left empty (a folder still holding
     * anything stays); forgets every folder.
     */
    void tidy(RunLog log) {
        for (var e : divided.entrySet()) {
            if (!e.getValue().split()) continue;
            try {
                if (Files.deleteIfExists(e.getKey()))
                    log.detail("文件夹“" + e.getKey().getFileName() + "”中的提交已全部处理，空文件夹已移除");
            } catch (DirectoryNotEmptyException stillHolding) {
                // a part left for the next round, or a file the run ignores
            } catch (IOException notRemoved) {
                log.detail("空文件夹“" + e.getKey().getFileName() + "”未能移除：" + notRemoved.getMessage());
            }
        }
        divided.clear();
        seen.clear();
        folderOf.clear();
    }

    /**
     * The rest of a divided folder copied apart, under the folder's name, so the reader sees only
     * those files; removed when closed.
     */
    public static final class RestCopy implements AutoCloseable {

        private final Path temp;
        private final Path content;

        private RestCopy(Path temp, Path content) {
            this.temp = temp;
            this.content = content;
        }

        public static RestCopy of(Path folder, SubmissionIdentity.Parts parts) throws IOException {
            Path temp = Files.createTempDirectory("selfeval-part");
            try {
                Path content = Files.createDirectory(temp.resolve(folder.getFileName().toString()));
                for (Path f : parts.rest())
                    Files.copy(f, content.resolve(f.getFileName().toString()));
                return new RestCopy(temp, content);
            } catch (IOException | RuntimeException e) {
                FolderTrees.deleteTemporary(temp);
                throw e;
            }
        }

        /** The folder to read. */
        public Path content() {
            return content;
        }

        @Override
        public void close() {
            FolderTrees.deleteTemporary(temp);
        }
    }
}
