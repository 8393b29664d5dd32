package org.selfeval.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private final String programVersion;

    private Manifest(Path out, LedgerDb db, List<ManifestEntry> loaded, String programVersion) {
        this.out = out;
        this.db = db;
        this.programVersion = programVersion;
        loaded.forEach(this::index);
    }

    private void index(ManifestEntry e) {
        entries.add(e);
        // the latest verdict on a content wins (an unreadable one may be followed by a newer
        // reader's)
        byHash.put(e.hash(), e);
        lastVersion.merge(key(e), e.version(), Math::max);
    }

    private static String key(ManifestEntry e) {
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
                Manifest m = new Manifest(out, db, db.all(), programVersion);
                m.completePending();
                return m;
            } catch (IOException | RuntimeException e) {
                db.close();
                throw e;
            }
        }
        Path legacy = out.resolve(LEGACY_FILE);
        List<ManifestEntry> imported = Files.exists(legacy) ? ManifestCsv.read(legacy) : List.of();
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
        Files.createDirectories(out);
        LedgerDb db = LedgerDb.create(out.resolve(FILE_NAME), entries);
        return new Manifest(out, db, entries, programVersion);
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
        return byHash(hash).filter(e -> e.standsFor(programVersion));
    }

    /** The next version number for a department-year's outputs (1 when it has none yet). */
    public synchronized int nextVersion(ReportNames names) {
        return lastVersion.getOrDefault(names.key(), 0) + 1;
    }

    /** A verdict waiting for its input to be filed (see {@link #intend}). */
    public static final class Filing {
        private final LedgerDb.Pending pending;

        private Filing(LedgerDb.Pending pending) {
            this.pending = pending;
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
        return new Filing(db.intend(entry, filed));
    }

    /** The input is filed: the verdict stands, in one transaction, on disk before this returns. */
    public synchronized void settle(Filing filing) throws IOException {
        db.settle(filing.pending);
        index(filing.pending.entry());
    }

    /** The input was not filed: no verdict. */
    public synchronized void abandon(Filing filing) throws IOException {
        db.abandon(filing.pending);
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
        AtomicFiles.write(file, ManifestCsv.render(entries));
        return file;
    }

    @Override
    public void close() {
        db.close();
    }
}
