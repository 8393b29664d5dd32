package org.selfeval.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.pipeline.Status;
import org.sqlite.SQLiteConfig;

/**
 * The record's database file (SQLite): one row per verdict, each written in a transaction of its
 * own and on disk (synchronous FULL) before {@link #insert} returns. The write-ahead log lets
 * {@code selfeval status} read while a run writes. A file is created under a temporary name and
 * renamed into place once its schema is in, so a file under the final name without the schema is
 * damaged, never "new".
 */
final class LedgerDb implements AutoCloseable {

    /** Raised when the tables change; a file of a newer schema is refused rather than misread. */
    static final int SCHEMA_VERSION = 1;

    private static final String COLUMNS =
            "hash, source, department, year, version, status, total, grade, groups,"
                    + " execution_rate, errors, warnings, report, audit_report, processed_at, program_version, reported_total,"
                    + " first_error";

    /**
     * A blocked submission's first error (see {@link ManifestEntry#firstError}), in {@code
     * verdicts} and {@code pending}. Added beside the schema of version 1 as {@link
     * #PROJECTS_TABLE} is: an older program names its columns and never sees it, and a record
     * written before it is given the column (empty for its verdicts) when opened for writing; one
     * opened to read only reads "" for it. A blocked project's (see {@link
     * ProjectVerdict#firstError}) is a column of {@code projects}, added as its other later columns
     * are ({@link #PROJECT_ADDED}).
     */
    private static final String FIRST_ERROR = "first_error";

    private final Path file;
    private final Connection connection;

    private LedgerDb(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens an existing file for writing, after checking it whole; {@link RecordDamaged} when it is
     * not.
     */
    static LedgerDb open(Path file) throws IOException {
        return openChecked(file, false);
    }

    /** Opens an existing file to read only (status while a run writes). */
    static LedgerDb openReadOnly(Path file) throws IOException {
        return openChecked(file, true);
    }

    /**
     * Creates a new file holding {@code entries}, atomically: under a temporary name, then renamed.
     */
    static LedgerDb create(Path file, List<ManifestEntry> entries) throws IOException {
        return create(file, entries, List.of());
    }

    /** As {@link #create(Path, List)}, with the projects' verdicts (the rebuild). */
    static LedgerDb create(Path file, List<ManifestEntry> entries, List<ProjectVerdict> projects)
            throws IOException {
        Path temp =
                file.resolveSibling(
                        AtomicFiles.TEMP_PREFIX
                                + file.getFileName()
                                + "-"
                                + ProcessHandle.current().pid());
        Files.deleteIfExists(temp);
        try (LedgerDb db = new LedgerDb(temp, connect(temp, false))) {
            db.createSchema();
            db.insertAll(entries);
            db.insertProjects(projects, null);
        } catch (SQLException e) {
            deleteTemporary(temp);
            if (full(e)) throw failure(file, e);
            throw new IOException("无法创建处理记录 " + file + "：" + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteTemporary(temp);
            throw e;
        }
        Files.deleteIfExists(Path.of(temp + "-wal"));
        Files.deleteIfExists(Path.of(temp + "-shm"));
        AtomicFiles.move(temp, file);
        return open(file);
    }

    /** A database under a temporary name that was not made, with its journal files. */
    private static void deleteTemporary(Path temp) throws IOException {
        Files.deleteIfExists(temp);
        Files.deleteIfExists(Path.of(temp + "-wal"));
        Files.deleteIfExists(Path.of(temp + "-shm"));
    }

    private static boolean full(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_FULL") || message.contains("disk is full");
    }

    private static LedgerDb openChecked(Path file, boolean readOnly) throws IOException {
        checkHeader(file);
        Connection c;
        try {
            c = connect(file, readOnly);
        } catch (SQLException e) {
            throw failure(file, e);
        }
        LedgerDb db = new LedgerDb(file, c);
        try {
            db.check();
            if (!readOnly) {
                try {
                    db.ensureProjectsTable();
                    db.ensureFirstError();
                } catch (SQLException e) {
                    throw failure(file, e);
                }
            }
            return db;
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * SQLite takes an empty file for a new database and writes into it: what is not one is refused
     * unopened.
     */
    private static void checkHeader(Path file) throws IOException {
        byte[] header = new byte[HEADER.length];
        int read;
        try (var in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        }
        if (read < header.length || !java.util.Arrays.equals(header, HEADER)) {
            throw new RecordDamaged(file, read == 0 ? "文件为空" : "文件开头不是 SQLite 数据库", null);
        }
    }

    private static final byte[] HEADER =
            "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // a reader is not opened read-only: after a killed run the write-ahead log must be
        // recovered, which takes a writable connection; the reader only ever selects
        config.setBusyTimeout(10_000);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        return DriverManager.getConnection(
                "jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /**
     * The whole file is checked on open: a truncated or overwritten file is found before any input
     * is touched.
     */
    private void check() throws IOException {
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                String first = r.next() ? r.getString(1) : "无结果";
                if (!"ok".equals(first))
                    throw new RecordDamaged(
                            file, "数据库检查未通过：" + first.lines().findFirst().orElse(first), null);
            }
            int version;
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                version = r.next() ? r.getInt(1) : 0;
            }
            if (version == 0) throw new RecordDamaged(file, "文件中没有处理记录的表", null);
            if (version > SCHEMA_VERSION) {
                throw new IOException(
                        "处理记录 "
                                + file
                                + " 由更新版本的 selfeval 写入（格式版本 "
                                + version
                                + "），本版本只认识格式版本 "
                                + SCHEMA_VERSION
                                + "：请使用更新的版本运行");
            }
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    private void createSchema() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(
                    "CREATE TABLE verdicts (seq INTEGER PRIMARY KEY AUTOINCREMENT, hash TEXT NOT NULL,"
                            + " source TEXT NOT NULL, department TEXT NOT NULL, year TEXT NOT NULL, version INTEGER NOT NULL,"
                            + " status TEXT NOT NULL, total TEXT, grade TEXT NOT NULL, groups TEXT NOT NULL,"
                            + " execution_rate TEXT, errors INTEGER NOT NULL, warnings INTEGER NOT NULL, report TEXT NOT NULL,"
                            + " audit_report TEXT NOT NULL, processed_at TEXT NOT NULL, program_version TEXT NOT NULL,"
                            + " reported_total TEXT, first_error TEXT)");
            s.executeUpdate("CREATE INDEX verdicts_hash ON verdicts(hash)");
            // a verdict whose input is being filed: made a verdict once the input is where it says
            // (see Manifest)
            s.executeUpdate(
                    "CREATE TABLE pending (seq INTEGER PRIMARY KEY AUTOINCREMENT, filed TEXT NOT NULL,"
                            + " hash TEXT NOT NULL, source TEXT NOT NULL, department TEXT NOT NULL, year TEXT NOT NULL,"
                            + " version INTEGER NOT NULL, status TEXT NOT NULL, total TEXT, grade TEXT NOT NULL,"
                            + " groups TEXT NOT NULL, execution_rate TEXT, errors INTEGER NOT NULL, warnings INTEGER NOT NULL,"
                            + " report TEXT NOT NULL, audit_report TEXT NOT NULL, processed_at TEXT NOT NULL,"
                            + " program_version TEXT NOT NULL, reported_total TEXT, first_error TEXT)");
            s.executeUpdate(
                    "CREATE TABLE refused (seq INTEGER PRIMARY KEY AUTOINCREMENT, file TEXT NOT NULL,"
                            + " department TEXT NOT NULL, year TEXT NOT NULL, result TEXT NOT NULL, received_at TEXT NOT NULL)");
            s.executeUpdate(PROJECTS_TABLE);
            s.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
        }
    }

    /**
     * Each project's verdict; {@code filed} is set while its submission's input is being filed
     * (pending, as the {@code pending} table's rows) and cleared once it stands. Added beside the
     * schema of version 1 (an older program ignores it), so a record without it is given it when
     * opened for writing.
     */
    private static final String PROJECTS_TABLE =
            "CREATE TABLE IF NOT EXISTS projects (seq INTEGER PRIMARY KEY AUTOINCREMENT, filed TEXT,"
                    + " hash TEXT NOT NULL, source TEXT NOT NULL, sheet TEXT NOT NULL, department TEXT NOT NULL,"
                    + " year TEXT NOT NULL, project TEXT NOT NULL, status TEXT NOT NULL, budget TEXT, executed TEXT,"
                    + " rate TEXT, total TEXT, grade TEXT NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT NULL,"
                    + " table_doc TEXT NOT NULL, audit_report TEXT NOT NULL, processed_at TEXT NOT NULL,"
                    + " budget_word TEXT, executed_word TEXT, rate_word TEXT, out_of TEXT, first_error TEXT)";

    private static final String PROJECT_COLUMNS =
            "hash, source, sheet, department, year, project, status, budget, executed, rate, total,"
                    + " grade, errors, warnings, table_doc, audit_report, processed_at";

    /**
     * Columns added after the projects table (nullable: a record written before them has none, an
     * older program names its columns and leaves them empty): the project framework's words for the
     * 预算数, 执行数 and 执行率 columns and the total's 满分; a blocked project's first error (see {@link
     * ProjectVerdict#firstError}).
     */
    private static final List<String> PROJECT_ADDED =
            List.of("budget_word", "executed_word", "rate_word", "out_of", FIRST_ERROR);

    /**
     * Gives a record written before the projects table (or before a column of {@link
     * #PROJECT_ADDED}) what it lacks, in one transaction.
     */
    private void ensureProjectsTable() throws SQLException {
        transaction(
                () -> {
                    try (Statement s = connection.createStatement()) {
                        s.executeUpdate(PROJECTS_TABLE);
                        List<String> present = projectColumns();
                        for (String column : PROJECT_ADDED)
                            if (!present.contains(column))
                                s.executeUpdate(
                                        "ALTER TABLE projects ADD COLUMN " + column + " TEXT");
                    }
                });
    }

    /**
     * Gives a record written before {@link #FIRST_ERROR} was kept the column, in one transaction.
     */
    private void ensureFirstError() throws SQLException {
        if (hasFirstError("verdicts") && hasFirstError("pending")) return;
        transaction(
                () -> {
                    try (Statement s = connection.createStatement()) {
                        for (String table : List.of("verdicts", "pending")) {
                            if (!hasFirstError(table))
                                s.executeUpdate(
                                        "ALTER TABLE "
                                                + table
                                                + " ADD COLUMN "
                                                + FIRST_ERROR
                                                + " TEXT");
                        }
                    }
                });
    }

    private boolean hasFirstError(String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (r.next()) if (FIRST_ERROR.equals(r.getString("name"))) return true;
            return false;
        }
    }

    /** The columns to select from {@code table}: "" for the first error of a record without it. */
    private String selected(String table) throws SQLException {
        return hasFirstError(table)
                ? COLUMNS
                : COLUMNS.replace(FIRST_ERROR, "'' AS " + FIRST_ERROR);
    }

    private List<String> projectColumns() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("PRAGMA table_info(projects)")) {
            while (r.next()) columns.add(r.getString("name"));
        }
        return columns;
    }

    /** The later columns as selected: NULL for those a read-only record written earlier lacks. */
    private String projectAddedSelected() throws SQLException {
        List<String> present = projectColumns();
        return PROJECT_ADDED.stream()
                .map(c -> present.contains(c) ? c : "NULL AS " + c)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private boolean hasProjectsTable() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'projects'")) {
            return r.next();
        }
    }

    /** The projects' verdicts that stand, in the order given. */
    List<ProjectVerdict> projects() throws IOException {
        return projectRows("filed IS NULL").stream().map(PendingProject::verdict).toList();
    }

    /** A project's verdict waiting for its submission's input to be filed at {@code filed}. */
    record PendingProject(long id, Path filed, ProjectVerdict verdict) {}

    /** The project verdicts a run was filing when it stopped. */
    List<PendingProject> pendingProjects() throws IOException {
        return projectRows("filed IS NOT NULL");
    }

    private List<PendingProject> projectRows(String where) throws IOException {
        List<PendingProject> found = new ArrayList<>();
        try {
            if (!hasProjectsTable()) return found;
            try (Statement s = connection.createStatement();
                    ResultSet r =
                            s.executeQuery(
                                    "SELECT seq, filed, "
                                            + PROJECT_COLUMNS
                                            + ", "
                                            + projectAddedSelected()
                                            + " FROM projects WHERE "
                                            + where
                                            + " ORDER BY seq")) {
                while (r.next()) {
                    String filed = r.getString(2);
                    found.add(
                            new PendingProject(
                                    r.getLong(1),
                                    filed == null ? null : Path.of(filed),
                                    new ProjectVerdict(
                                            r.getString(3),
                                            r.getString(4),
                                            r.getString(5),
                                            r.getString(6),
                                            r.getString(7),
                                            r.getString(8),
                                            Status.valueOf(r.getString(9)),
                                            ManifestCsv.number(r.getString(10)),
                                            ManifestCsv.number(r.getString(11)),
                                            ManifestCsv.number(r.getString(12)),
                                            ManifestCsv.number(r.getString(13)),
                                            r.getString(14),
                                            r.getLong(15),
                                            r.getLong(16),
                                            r.getString(17),
                                            r.getString(18),
                                            r.getString(19),
                                            words(
                                                    r.getString(20),
                                                    r.getString(21),
                                                    r.getString(22)),
                                            ManifestCsv.number(r.getString(23)),
                                            r.getString(24))));
                }
            }
        } catch (SQLException | IllegalArgumentException e) {
            throw unreadable(e);
        }
        return found;
    }

    /**
     * Records project verdicts, pending until their input is at {@code filed} (standing at once
     * when {@code filed} is null), all in one transaction; their ids in this file.
     */
    List<Long> insertProjects(List<ProjectVerdict> verdicts, Path filed) throws IOException {
        List<Long> ids = new ArrayList<>();
        try {
            transaction(
                    () -> {
                        try (PreparedStatement p =
                                connection.prepareStatement(
                                        "INSERT INTO projects (filed, "
                                                + PROJECT_COLUMNS
                                                + ", "
                                                + String.join(", ", PROJECT_ADDED)
                                                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                        Statement.RETURN_GENERATED_KEYS)) {
                            for (ProjectVerdict v : verdicts) {
                                bind(p, filed, v);
                                p.executeUpdate();
                                try (ResultSet keys = p.getGeneratedKeys()) {
                                    keys.next();
                                    ids.add(keys.getLong(1));
                                }
                            }
                        }
                    });
        } catch (SQLException e) {
            throw failure(file, e);
        }
        return ids;
    }

    /** Pending project verdicts made to stand ({@code stand}) or dropped, in one transaction. */
    void settleProjects(List<Long> ids, boolean stand) throws IOException {
        if (ids.isEmpty()) return;
        try {
            transaction(
                    () -> {
                        try (PreparedStatement p =
                                connection.prepareStatement(
                                        stand
                                                ? "UPDATE projects SET filed = NULL WHERE seq = ?"
                                                : "DELETE FROM projects WHERE seq = ?")) {
                            for (long id : ids) {
                                p.setLong(1, id);
                                p.executeUpdate();
                            }
                        }
                    });
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    /** Every verdict in the order it was given. */
    List<ManifestEntry> all() throws IOException {
        List<ManifestEntry> entries = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT " + selected("verdicts") + " FROM verdicts ORDER BY seq")) {
            while (r.next()) entries.add(entry(r, 0));
        } catch (SQLException | IllegalArgumentException e) {
            throw unreadable(e);
        }
        return entries;
    }

    /**
     * A verdict waiting for its input to be filed at {@code filed}; {@code id} names it in this
     * file.
     */
    record Pending(long id, Path filed, ManifestEntry entry) {}

    /** The verdicts a run was filing when it stopped. */
    List<Pending> pending() throws IOException {
        List<Pending> found = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT seq, filed, "
                                        + selected("pending")
                                        + " FROM pending ORDER BY seq")) {
            while (r.next())
                found.add(new Pending(r.getLong(1), Path.of(r.getString(2)), entry(r, 2)));
        } catch (SQLException | IllegalArgumentException e) {
            throw unreadable(e);
        }
        return found;
    }

    private IOException unreadable(Exception e) {
        return e instanceof SQLException sql
                ? failure(file, sql)
                : new RecordDamaged(file, "记录内容无法识别：" + e.getMessage(), e);
    }

    private static ManifestEntry entry(ResultSet r, int skip) throws SQLException {
        return new ManifestEntry(
                r.getString(skip + 1),
                r.getString(skip + 2),
                r.getString(skip + 3),
                r.getString(skip + 4),
                r.getInt(skip + 5),
                Status.valueOf(r.getString(skip + 6)),
                ManifestCsv.number(r.getString(skip + 7)),
                r.getString(skip + 8),
                GroupScores.parse(r.getString(skip + 9)),
                ManifestCsv.number(r.getString(skip + 10)),
                r.getLong(skip + 11),
                r.getLong(skip + 12),
                r.getString(skip + 13),
                r.getString(skip + 14),
                r.getString(skip + 15),
                r.getString(skip + 16),
                ManifestCsv.number(r.getString(skip + 17)),
                r.getString(skip + 18));
    }

    /**
     * Records that {@code e} is to become a verdict once its input is at {@code filed}; committed
     * on return.
     */
    Pending intend(ManifestEntry e, Path filed) throws IOException {
        try (PreparedStatement p =
                connection.prepareStatement(
                        "INSERT INTO pending (filed, "
                                + COLUMNS
                                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, filed.toAbsolutePath().toString());
            bind(p, 1, e);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return new Pending(keys.getLong(1), filed, e);
            }
        } catch (SQLException ex) {
            throw failure(file, ex);
        }
    }

    /**
     * The pending verdict made a verdict, in one transaction. It does not wait for the disk: the
     * pending row, committed durably by {@link #intend}, and the input at its filed place already
     * make the verdict, so a commit lost to a power cut is completed by the next load (see {@link
     * Manifest#load}); the next durable commit writes it out anyway. One disk flush per verdict,
     * not two.
     */
    void settle(Pending pending) throws IOException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA synchronous = NORMAL");
            try {
                inTransaction(List.of(pending.entry()), pending.id());
            } finally {
                s.execute("PRAGMA synchronous = FULL");
            }
        } catch (SQLException ex) {
            throw failure(file, ex);
        }
    }

    /** The pending verdict dropped: its input was not filed. */
    void abandon(Pending pending) throws IOException {
        try (PreparedStatement p =
                connection.prepareStatement("DELETE FROM pending WHERE seq = ?")) {
            p.setLong(1, pending.id());
            p.executeUpdate();
        } catch (SQLException ex) {
            throw failure(file, ex);
        }
    }

    /** A refused file, committed on return. */
    void insertRefused(RefusedFile r) throws IOException {
        try (PreparedStatement p =
                connection.prepareStatement(
                        "INSERT INTO refused (file, department, year, result, received_at) VALUES (?,?,?,?,?)")) {
            p.setString(1, r.file());
            p.setString(2, r.department());
            p.setString(3, r.year());
            p.setString(4, r.result());
            p.setString(5, r.receivedAt());
            p.executeUpdate();
        } catch (SQLException ex) {
            throw failure(file, ex);
        }
    }

    /**
     * Gives {@code year} to every unreadable or blocked verdict and refused file recorded without
     * one (they name no year of their own), in one transaction.
     */
    void fixBlankYears(String year) throws IOException {
        try {
            // most rounds have none: they then write nothing (and wait for no lock)
            try (PreparedStatement any =
                    connection.prepareStatement(
                            "SELECT (SELECT count(*) FROM verdicts WHERE year = '' AND status IN (?, ?))"
                                    + " + (SELECT count(*) FROM refused WHERE year = '')")) {
                any.setString(1, Status.UNREADABLE.name());
                any.setString(2, Status.BLOCKED.name());
                try (ResultSet r = any.executeQuery()) {
                    if (!r.next() || r.getLong(1) == 0) return;
                }
            }
            transaction(
                    () -> {
                        try (PreparedStatement verdicts =
                                        connection.prepareStatement(
                                                "UPDATE verdicts SET year = ? WHERE year = '' AND status IN (?, ?)");
                                PreparedStatement refused =
                                        connection.prepareStatement(
                                                "UPDATE refused SET year = ? WHERE year = ''")) {
                            verdicts.setString(1, year);
                            verdicts.setString(2, Status.UNREADABLE.name());
                            verdicts.setString(3, Status.BLOCKED.name());
                            verdicts.executeUpdate();
                            refused.setString(1, year);
                            refused.executeUpdate();
                        }
                    });
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    /** Every refused file, in the order received. */
    List<RefusedFile> refused() throws IOException {
        List<RefusedFile> found = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "SELECT file, department, year, result, received_at FROM refused ORDER BY seq")) {
            while (r.next())
                found.add(
                        new RefusedFile(
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                r.getString(4),
                                r.getString(5)));
        } catch (SQLException e) {
            throw failure(file, e);
        }
        return found;
    }

    /** One verdict, committed and on disk when this returns. */
    void insert(ManifestEntry e) throws IOException {
        try {
            insertAll(List.of(e));
        } catch (SQLException ex) {
            throw failure(file, ex);
        }
    }

    private void insertAll(List<ManifestEntry> entries) throws SQLException {
        inTransaction(entries, -1);
    }

    /**
     * Inserts {@code entries} and deletes pending row {@code settled} (none when negative), all or
     * nothing.
     */
    private void inTransaction(List<ManifestEntry> entries, long settled) throws SQLException {
        transaction(
                () -> {
                    try (PreparedStatement p =
                                    connection.prepareStatement(
                                            "INSERT INTO verdicts ("
                                                    + COLUMNS
                                                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                            PreparedStatement done =
                                    connection.prepareStatement(
                                            "DELETE FROM pending WHERE seq = ?")) {
                        for (ManifestEntry e : entries) {
                            bind(p, 0, e);
                            p.executeUpdate();
                        }
                        if (settled >= 0) {
                            done.setLong(1, settled);
                            done.executeUpdate();
                        }
                    }
                });
    }

    /** A piece of work on the connection, done by {@link #transaction}. */
    private interface SqlWork {
        void run() throws SQLException;
    }

    /** Does {@code work} in one transaction: all of it committed, or none of it (rolled back). */
    private void transaction(SqlWork work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Binds project verdict {@code v}, pending until its input is at {@code filed} (or null). */
    private static void bind(PreparedStatement p, Path filed, ProjectVerdict v)
            throws SQLException {
        int i = 0;
        p.setString(++i, filed == null ? null : filed.toAbsolutePath().toString());
        p.setString(++i, v.hash());
        p.setString(++i, v.source());
        p.setString(++i, v.sheet());
        p.setString(++i, v.department());
        p.setString(++i, v.year());
        p.setString(++i, v.project());
        p.setString(++i, v.status().name());
        p.setString(++i, nullable(v.budget()));
        p.setString(++i, nullable(v.executed()));
        p.setString(++i, nullable(v.rate()));
        p.setString(++i, nullable(v.total()));
        p.setString(++i, v.grade());
        p.setLong(++i, v.errors());
        p.setLong(++i, v.warnings());
        p.setString(++i, v.table());
        p.setString(++i, v.auditReport());
        p.setString(++i, v.processedAt());
        p.setString(++i, v.words() == null ? null : v.words().budget());
        p.setString(++i, v.words() == null ? null : v.words().executed());
        p.setString(++i, v.words() == null ? null : v.words().rate());
        p.setString(++i, nullable(v.outOf()));
        p.setString(++i, v.firstError());
    }

    private static void bind(PreparedStatement p, int skip, ManifestEntry e) throws SQLException {
        int i = skip;
        p.setString(++i, e.hash());
        p.setString(++i, e.source());
        p.setString(++i, e.department());
        p.setString(++i, e.year());
        p.setInt(++i, e.version());
        p.setString(++i, e.status().name());
        p.setString(++i, nullable(e.total()));
        p.setString(++i, e.grade());
        p.setString(++i, e.groups().text());
        p.setString(++i, nullable(e.executionRate()));
        p.setLong(++i, e.errors());
        p.setLong(++i, e.warnings());
        p.setString(++i, e.report());
        p.setString(++i, e.auditReport());
        p.setString(++i, e.processedAt());
        p.setString(++i, e.programVersion());
        p.setString(++i, nullable(e.reportedTotal()));
        p.setString(++i, e.firstError());
    }

    /** The framework's words as recorded; null when a verdict has none. */
    private static org.selfeval.model.ProjectTableLine.Labels words(
            String budget, String executed, String rate) {
        if (budget == null || executed == null || rate == null) return null;
        return new org.selfeval.model.ProjectTableLine.Labels(budget, executed, rate);
    }

    private static String nullable(java.math.BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    /**
     * SQLite's "not a database" and "malformed" are damage; anything else (a full disk, no
     * permission) is not.
     */
    private static IOException failure(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_NOTADB")
                || message.contains("SQLITE_CORRUPT")
                || message.contains("malformed")
                || message.contains("not a database")) {
            return new RecordDamaged(
                    file, "数据库文件被截断或改写：" + message.lines().findFirst().orElse(message), e);
        }
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked"))
            return new IOException("处理记录 " + file + " 被其他程序锁定（如打开着它的数据库工具），请关闭该程序后重新运行", e);
        if (full(e))
            return new IOException(
                    "磁盘空间已满，无法写入处理记录 "
                            + file
                            + "（"
                            + message.lines().findFirst().orElse(message)
                            + "），请清理磁盘后重新运行",
                    e);
        return new IOException("无法读写处理记录 " + file + "：" + message, e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the data is committed; a failed close loses nothing
        }
    }
}
