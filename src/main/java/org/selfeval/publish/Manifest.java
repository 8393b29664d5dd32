package org.selfeval.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.pipeline.Status;

/**
 * The output folder's record of every verdict: who submitted what, when, and what came of it. It is
 * kept in a small database ({@value #FILE_NAME}, SQLite): each verdict is one transaction, on disk
 * before {@link #add} returns, and {@code selfeval status} reads it safely while a run writes. A
 * CSV manifest of an earlier version ({@value #LEGACY_FILE}) is imported once, strictly, and
 * renamed; {@value #EXPORT_FILE} is a readable copy rewritten after each round. A record that
 * cannot be read whole is refused ({@link RecordDamaged}), never shortened. Lookups go through
 * indexes. Changes are serialized: one instance is shared by every thread of a run.
 */
public final class Manifest implements AutoCloseable {

    public static final String FILE_NAME = ".selfeval-record.db";

    /** The CSV manifest of versions before the database. */
    public static final String LEGACY_FILE = ".selfeval-manifest.csv";

    /** What a legacy manifest is renamed to once imported: kept, but no longer read. */
    public static final String LEGACY_IMPORTED = ".selfeval-manifest.csv.已导入";

    /** The readable export of the record (UTF-8 CSV with BOM), rewritten after each round. */
    public static final String EXPORT_FILE = "处理记录.csv";

    private final Path out;
    private final LedgerDb db;
    private final List<ManifestEntry> entries = new ArrayList<>();
    private final Map<String, ManifestEntry> byHash = new HashMap<>();
    private final Map<String, Integer> lastVersion = new HashMap<>();
    private final List<ManifestEntry> completedOnLoad = new ArrayList<>();
    private final List<ProjectVerdict> projects = new ArrayList<>();

    /**
     * A project-only submission's verdict, as its projects' verdicts give it (see {@link
     * #verdictFor}).
     */
    private final Map<String, ManifestEntry> projectOnly = new HashMap<>();

    private final String programVersion;

    private Manifest(
            Path out,
            LedgerDb db,
            List<ManifestEntry> loaded,
            List<ProjectVerdict> loadedProjects,
            String programVersion) {
        this.out = out;
        this.db = db;
        this.programVersion = programVersion;
        loaded.forEach(this::index);
        indexProjects(loadedProjects);
    }

    private void indexProjects(List<ProjectVerdict> verdicts) {
        projects.addAll(verdicts);
        for (ProjectVerdict v : verdicts) {
            projectOnly.merge(v.hash(), submissionOf(v), Manifest::worse);
        }
    }

    /**
     * What a project-only submission's verdict says to a copy of it delivered again: converted when
     * every project's table was published, else blocked; its 校验报告.
     */
    private ManifestEntry submissionOf(ProjectVerdict v) {
        return new ManifestEntry(
                v.hash(),
                v.source(),
                v.department(),
                v.year(),
                0,
                v.status(),
                null,
                "",
                GroupScores.none(),
                null,
                v.errors(),
                v.warnings(),
                "",
                v.auditReport(),
                v.processedAt(),
                programVersion,
                null);
    }

    private static ManifestEntry worse(ManifestEntry a, ManifestEntry b) {
        return a.status() == Status.BLOCKED ? a : b;
    }

    private void index(ManifestEntry e) {
        entries.add(e);
        // the latest verdict on a content wins (an unreadable one may be followed by a newer
        // reader's)
        byHash.put(e.hash(), e);
        lastVersion.merge(key(e), e.version(), Math::max);
    }

    private static String key(ManifestEntry e) {
        // a submission that named no year published under 未知年度 and keeps that key when the
        // record later gives it the year being collected (see fixBlankYears): its documents' names
        // and the versions after them stay as they were
        for (String document : List.of(e.auditReport(), e.report())) {
            if (document.isEmpty()) continue;
            try {
                Path p = Path.of(document);
                if (p.getNameCount() >= 3
                        && p.getName(0).toString().equals(ReportNames.UNKNOWN_YEAR))
                    return p.getName(0) + "/" + p.getName(1);
            } catch (InvalidPathException ignored) {
                // the key from the names, as any other
            }
        }
        return ReportNames.of(e.department(), e.year(), sourcePath(e.source())).key();
    }

    /**
     * The source's name as a path; a name this platform cannot represent (written by a run in a
     * non-UTF-8 locale before such names were refused) must not stop every later run.
     */
    private static Path sourcePath(String source) {
        try {
            return Path.of(source);
        } catch (InvalidPathException e) {
            return Path.of(source.replaceAll("[^\\p{Alnum}._-]", "_"));
        }
    }

    /**
     * Opens the record of output folder {@code out}: the database, else an imported legacy CSV,
     * else a new one.
     */
    public static Manifest load(Path out) throws IOException {
        return load(out, ProgramVersion.current());
    }

    /**
     * As {@link #load(Path)}, judging stored verdicts as program version {@code programVersion}
     * would.
     */
    public static Manifest load(Path out, String programVersion) throws IOException {
        Path file = out.resolve(FILE_NAME);
        if (Files.exists(file)) {
            LedgerDb db = LedgerDb.open(file);
            try {
                Manifest m = new Manifest(out, db, db.all(), db.projects(), programVersion);
                m.completePending();
                return m;
            } catch (IOException | RuntimeException e) {
                db.close();
                throw e;
            }
        }
        Path legacy = out.resolve(LEGACY_FILE);
        List<ManifestEntry> imported =
                Files.exists(legacy) ? withYearsCollected(ManifestCsv.read(legacy)) : List.of();
        Manifest created = create(out, imported, programVersion);
        // renamed only once the database holds every entry: a crash before leaves the import to be
        // done again
        if (Files.exists(legacy))
            Files.move(legacy, out.resolve(LEGACY_IMPORTED), StandardCopyOption.REPLACE_EXISTING);
        return created;
    }

    /**
     * A new record of {@code entries} for {@code out} (its database must not exist): the import and
     * the rebuild.
     */
    public static Manifest create(Path out, List<ManifestEntry> entries, String programVersion)
            throws IOException {
        return create(out, entries, List.of(), programVersion);
    }

    /** As {@link #create(Path, List, String)}, with the projects' verdicts (the rebuild). */
    public static Manifest create(
            Path out,
            List<ManifestEntry> entries,
            List<ProjectVerdict> projects,
            String programVersion)
            throws IOException {
        Files.createDirectories(out);
        LedgerDb db = LedgerDb.create(out.resolve(FILE_NAME), entries, projects);
        return new Manifest(out, db, entries, projects, programVersion);
    }

    /**
     * The entries of output folder {@code out}, read without changing anything: for a reader such
     * as {@code selfeval status} that may look while a run is writing.
     */
    public static List<ManifestEntry> read(Path out) throws IOException {
        Path file = out.resolve(FILE_NAME);
        if (Files.exists(file)) {
            try (LedgerDb db = LedgerDb.openReadOnly(file)) {
                return db.all();
            }
        }
        Path legacy = out.resolve(LEGACY_FILE);
        return Files.exists(legacy) ? ManifestCsv.read(legacy) : List.of();
    }

    /** Whether {@code out} is a run's output folder: it holds a record, in any of its forms. */
    public static boolean holdsRecord(Path out) {
        return Files.exists(out.resolve(FILE_NAME))
                || Files.exists(out.resolve(LEGACY_FILE))
                || Files.exists(out.resolve(LEGACY_IMPORTED));
    }

    public synchronized List<ManifestEntry> entries() {
        return List.copyOf(entries);
    }

    /** The latest verdict on this content, whatever it was and whichever version gave it. */
    public synchronized Optional<ManifestEntry> byHash(String hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    /**
     * The verdict on this content that still stands (see {@link ManifestEntry#standsFor}); empty:
     * process it.
     */
    public synchronized Optional<ManifestEntry> verdictFor(String hash) {
        return byHash(hash)
                .or(() -> Optional.ofNullable(projectOnly.get(hash)))
                .filter(e -> e.standsFor(programVersion));
    }

    /** Every project's verdict that stands, in the order given. */
    public synchronized List<ProjectVerdict> projects() {
        return List.copyOf(projects);
    }

    /** The projects' verdicts of output folder {@code out}, read without changing anything. */
    public static List<ProjectVerdict> readProjects(Path out) throws IOException {
        Path file = out.resolve(FILE_NAME);
        if (!Files.exists(file)) return List.of();
        try (LedgerDb db = LedgerDb.openReadOnly(file)) {
            return db.projects();
        }
    }

    /** The next version number for a department-year's outputs (1 when it has none yet). */
    public synchronized int nextVersion(ReportNames names) {
        return lastVersion.getOrDefault(names.key(), 0) + 1;
    }

    /** A verdict waiting for its input to be filed (see {@link #intend}). */
    public static final class Filing {
        private final LedgerDb.Pending pending;
        private final List<Long> projectIds;
        private final List<ProjectVerdict> projects;

        private Filing(
                LedgerDb.Pending pending, List<Long> projectIds, List<ProjectVerdict> projects) {
            this.pending = pending;
            this.projectIds = projectIds;
            this.projects = projects;
        }
    }

    /**
     * The first half of recording a verdict whose input is about to be filed at {@code filed}: its
     * documents and reasons are already written. Once the input is moved, {@link #settle} makes it
     * a verdict; if the move fails, {@link #abandon} drops it. A run that dies between the two
     * leaves it pending, and the next {@link #load} makes it a verdict if the input is where it was
     * to go, and drops it otherwise: a verdict never stands without its input filed, and a filed
     * input never lacks its verdict.
     */
    public synchronized Filing intend(ManifestEntry entry, Path filed) throws IOException {
        return intend(entry, filed, List.of());
    }

    /**
     * As {@link #intend(ManifestEntry, Path)}, with the verdicts of the projects the submission
     * holds; {@code entry} is null for a submission of project tables only. Each part is decided on
     * load by the same test (is the input at {@code filed}), so they stand or go together.
     */
    public synchronized Filing intend(
            ManifestEntry entry, Path filed, List<ProjectVerdict> projects) throws IOException {
        LedgerDb.Pending pending = entry == null ? null : db.intend(entry, filed);
        List<Long> ids;
        try {
            ids = db.insertProjects(projects, filed);
        } catch (IOException e) {
            if (pending != null) db.abandon(pending);
            throw e;
        }
        return new Filing(pending, ids, List.copyOf(projects));
    }

    /** The input is filed: the verdict stands, in one transaction, on disk before this returns. */
    public synchronized void settle(Filing filing) throws IOException {
        if (filing.pending != null) {
            db.settle(filing.pending);
            index(filing.pending.entry());
        }
        db.settleProjects(filing.projectIds, true);
        indexProjects(filing.projects);
    }

    /** The input was not filed: no verdict. */
    public synchronized void abandon(Filing filing) throws IOException {
        if (filing.pending != null) db.abandon(filing.pending);
        db.settleProjects(filing.projectIds, false);
    }

    /**
     * Verdicts a stopped run had filed but not yet recorded, completed when this record was opened.
     */
    public synchronized List<ManifestEntry> completedOnLoad() {
        return List.copyOf(completedOnLoad);
    }

    private void completePending() throws IOException {
        for (LedgerDb.Pending p : db.pending()) {
            if (Files.exists(p.filed(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                db.settle(p);
                index(p.entry());
                completedOnLoad.add(p.entry());
            } else {
                db.abandon(p);
            }
        }
        for (LedgerDb.PendingProject p : db.pendingProjects()) {
            boolean filed = Files.exists(p.filed(), java.nio.file.LinkOption.NOFOLLOW_LINKS);
            db.settleProjects(List.of(p.id()), filed);
            if (filed) indexProjects(List.of(p.verdict()));
        }
    }

    /** Adds a verdict in a transaction of its own, on disk before this returns. */
    public synchronized void add(ManifestEntry entry) throws IOException {
        db.insert(entry);
        index(entry);
    }

    /**
     * Records a file received and refused (filed in failed/ with its reason), on disk before this
     * returns.
     */
    public synchronized void addRefused(RefusedFile refused) throws IOException {
        db.insertRefused(refused);
    }

    /**
     * The year being collected on the day of {@code at} ("yyyy-MM-dd HH:mm:ss"), as {@code entries}
     * tell it: the newest year of a department's verdict given up to that day's end; when none was
     * given by then, the first given after (a run gives a file received before any year was known
     * the first year a round knows). For a record written without fixed years (an imported
     * manifest, a rebuild from files whose 原因 does not state one).
     */
    public static String yearCollectedOn(List<ManifestEntry> entries, String at) {
        String dayEnd = at.substring(0, Math.min(10, at.length())) + " 23:59:59";
        List<ManifestEntry> dated =
                entries.stream()
                        .filter(e -> !e.department().isBlank() && !e.year().isBlank())
                        .toList();
        return dated.stream()
                .filter(e -> e.processedAt().compareTo(dayEnd) <= 0)
                .map(ManifestEntry::year)
                .max(ManifestEntry.YEAR_ORDER)
                .or(
                        () ->
                                dated.stream()
                                        .min(Comparator.comparing(ManifestEntry::processedAt))
                                        .map(ManifestEntry::year))
                .orElse("");
    }

    /**
     * {@code entries} with each unreadable or blocked verdict that names no year given the year
     * being collected when it was received ({@link #yearCollectedOn}).
     */
    public static List<ManifestEntry> withYearsCollected(List<ManifestEntry> entries) {
        List<ManifestEntry> fixed = new ArrayList<>(entries.size());
        for (ManifestEntry e : entries) {
            String year =
                    namesNoYear(e.status()) && e.year().isBlank()
                            ? yearCollectedOn(entries, e.processedAt())
                            : "";
            fixed.add(year.isBlank() ? e : e.withYear(year));
        }
        return fixed;
    }

    /**
     * The verdicts kept in the year being collected when their content names none: unreadable ones,
     * and blocked ones whose 评价年度 is blank (an error of its own). A converted one always has its
     * year.
     */
    private static boolean namesNoYear(Status status) {
        return status == Status.UNREADABLE || status == Status.BLOCKED;
    }

    /**
     * Fixes the year of the unreadable and blocked verdicts and refused files recorded without one:
     * they name no year of their own and are kept in {@code year}, the year being collected when
     * they were received (called at the end of their round; one received while no year was known
     * yet takes the first year known at a round's end). A blank {@code year} changes nothing.
     */
    public synchronized void fixBlankYears(String year) throws IOException {
        if (year == null || year.isBlank()) return;
        db.fixBlankYears(year);
        for (int i = 0; i < entries.size(); i++) {
            ManifestEntry e = entries.get(i);
            if (!e.year().isBlank() || !namesNoYear(e.status())) continue;
            ManifestEntry fixed = e.withYear(year);
            entries.set(i, fixed);
            byHash.computeIfPresent(e.hash(), (h, latest) -> latest == e ? fixed : latest);
        }
    }

    /** Every refused file recorded, in the order received. */
    public synchronized List<RefusedFile> refused() throws IOException {
        return db.refused();
    }

    /**
     * The refused files of output folder {@code out}, read without changing anything (as {@link
     * #read}).
     */
    public static List<RefusedFile> readRefused(Path out) throws IOException {
        Path file = out.resolve(FILE_NAME);
        if (!Files.exists(file)) return List.of();
        try (LedgerDb db = LedgerDb.openReadOnly(file)) {
            return db.refused();
        }
    }

    /** Rewrites the readable export ({@value #EXPORT_FILE}) from the record. */
    public synchronized Path export() throws IOException {
        Path file = out.resolve(EXPORT_FILE);
        AtomicFiles.write(file, ManifestCsv.render(entries, projects));
        return file;
    }

    @Override
    public void close() {
        db.close();
    }
}
