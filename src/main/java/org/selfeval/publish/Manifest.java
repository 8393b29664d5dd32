package org.selfeval.publish;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.selfeval.pipeline.Status;

/**
 * The output folder's memory of every processed submission ({@value #FILE_NAME}, CSV, UTF-8). The file is
 * created through {@link AtomicFiles}; each later change appends one record and forces it to disk, so adding
 * costs the same for the ten-thousandth submission as for the first (rewriting the whole file made a night of
 * 10,000 submissions quadratic). A crash in the middle of an append leaves at most a torn last line, which
 * loading drops: that submission is converted again on the rerun, as after a crash before the manifest update.
 * Lookups go through indexes. Changes are serialized: one instance is shared by every thread of a run.
 */
public final class Manifest {

    public static final String FILE_NAME = ".selfeval-manifest.csv";

    private static final String[] HEADER = {"hash", "source", "department", "year", "version", "status", "total",
            "grade", "groups", "executionRate", "errors", "warnings", "report", "auditReport",
            "processedAt", "programVersion", "reportedTotal"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private final Path file;
    private final List<ManifestEntry> entries = new ArrayList<>();
    private final Map<String, ManifestEntry> byHash = new HashMap<>();
    private final Map<String, Integer> lastVersion = new HashMap<>();

    private final String programVersion;

    private Manifest(Path file, List<ManifestEntry> loaded, String programVersion) {
        this.file = file;
        this.programVersion = programVersion;
        loaded.forEach(this::index);
    }

    private void index(ManifestEntry e) {
        entries.add(e);
        // the latest verdict on a content wins (an unreadable one may be followed by a newer reader's)
        byHash.put(e.hash(), e);
        lastVersion.merge(key(e), e.version(), Math::max);
    }

    private static String key(ManifestEntry e) {
        return ReportNames.of(e.department(), e.year(), sourcePath(e.source())).key();
    }

    /**
     * The source's name as a path; a name this platform cannot represent (written by a run in a non-UTF-8
     * locale before such names were refused) must not stop every later run.
     */
    private static Path sourcePath(String source) {
        try {
            return Path.of(source);
        } catch (InvalidPathException e) {
            return Path.of(source.replaceAll("[^\\p{Alnum}._-]", "_"));
        }
    }

    /** Loads the manifest of output folder {@code out}; an absent file is an empty manifest. */
    public static Manifest load(Path out) throws IOException {
        return load(out, ProgramVersion.current());
    }

    /** As {@link #load(Path)}, judging stored verdicts as program version {@code programVersion} would. */
    public static Manifest load(Path out, String programVersion) throws IOException {
        Path file = out.resolve(FILE_NAME);
        List<ManifestEntry> entries = new ArrayList<>();
        if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String complete = withoutTornLine(text);
            // cut a torn last line away now, or the next append would run on from it
            if (!complete.equals(text)) AtomicFiles.write(file, complete.getBytes(StandardCharsets.UTF_8));
            entries.addAll(parseAll(file, complete));
            // a manifest of an earlier version gets today's columns once, so appended records match its header
            boolean oldHeader = !complete.lines().findFirst().orElse("").equals(String.join(",", HEADER));
            if (oldHeader) AtomicFiles.write(file, render(entries, FORMAT));
        }
        return new Manifest(file, entries, programVersion);
    }

    /**
     * The entries of output folder {@code out}, read without changing the file: for a reader such as
     * {@code selfeval status} that may look while a run is appending (a last line still being written is left out).
     */
    public static List<ManifestEntry> read(Path out) throws IOException {
        Path file = out.resolve(FILE_NAME);
        if (!Files.exists(file)) return List.of();
        return parseAll(file, withoutTornLine(Files.readString(file, StandardCharsets.UTF_8)));
    }

    private static List<ManifestEntry> parseAll(Path file, String complete) throws IOException {
        List<ManifestEntry> entries = new ArrayList<>();
        try (Reader reader = new StringReader(complete);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(reader)) {
            for (CSVRecord r : parser) entries.add(parse(r));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("清单文件 " + file + " 已损坏（" + e.getMessage() + "）；请从备份恢复或改名后重新运行", e);
        }
        return entries;
    }

    public synchronized List<ManifestEntry> entries() {
        return List.copyOf(entries);
    }

    /** The latest verdict on this content, whatever it was and whichever version gave it. */
    public synchronized Optional<ManifestEntry> byHash(String hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    /** The verdict on this content that still stands (see {@link ManifestEntry#standsFor}); empty: process it. */
    public synchronized Optional<ManifestEntry> verdictFor(String hash) {
        return byHash(hash).filter(e -> e.standsFor(programVersion));
    }

    /** The next version number for a department-year's outputs (1 when it has none yet). */
    public synchronized int nextVersion(ReportNames names) {
        return lastVersion.getOrDefault(names.key(), 0) + 1;
    }

    /** Adds an entry and has it on disk before returning: a new file atomically, else one appended record. */
    public synchronized void add(ManifestEntry entry) throws IOException {
        if (!Files.exists(file)) {
            AtomicFiles.write(file, render(List.of(entry), FORMAT));
        } else {
            append(render(List.of(entry), FORMAT.builder().setSkipHeaderRecord(true).get()));
        }
        index(entry);
    }

    /** Appends and forces the bytes; on failure the file is cut back to its old length, so no torn line stays. */
    private void append(byte[] record) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long before = ch.size();
            try {
                ch.position(before);
                ByteBuffer buffer = ByteBuffer.wrap(record);
                while (buffer.hasRemaining()) ch.write(buffer);
                ch.force(true);
            } catch (IOException e) {
                try {
                    ch.truncate(before);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }

    /** The text up to its last complete record (RFC 4180 records end with CRLF). */
    private static String withoutTornLine(String text) {
        if (text.isEmpty() || text.endsWith("\r\n")) return text;
        int last = text.lastIndexOf("\r\n");
        return last < 0 ? "" : text.substring(0, last + 2);
    }

    private static byte[] render(List<ManifestEntry> records, CSVFormat format) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ManifestEntry e : records) {
                printer.printRecord(e.hash(), e.source(), e.department(), e.year(), e.version(), e.status().name(),
                        text(e.total()), e.grade(), e.groups().text(),
                        text(e.executionRate()), e.errors(), e.warnings(), e.report(), e.auditReport(),
                        e.processedAt(), e.programVersion(), text(e.reportedTotal()));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ManifestEntry parse(CSVRecord r) {
        return new ManifestEntry(r.get("hash"), r.get("source"), r.get("department"), r.get("year"),
                Integer.parseInt(r.get("version")), Status.valueOf(r.get("status")), number(r.get("total")),
                r.get("grade"), groups(r),
                number(r.get("executionRate")), Long.parseLong(r.get("errors")), Long.parseLong(r.get("warnings")),
                r.get("report"), r.get("auditReport"), r.get("processedAt"),
                r.isMapped("programVersion") ? r.get("programVersion") : "",
                r.isMapped("reportedTotal") ? number(r.get("reportedTotal")) : null);
    }

    /** The 一级 scores; a manifest written before frameworks existed kept guangzhou-2023's two in columns of their own. */
    private static GroupScores groups(CSVRecord r) {
        if (r.isMapped("groups")) return GroupScores.parse(r.get("groups"));
        java.util.Map<String, BigDecimal> old = new java.util.LinkedHashMap<>();
        if (r.isMapped("performance")) old.put("履职效能", number(r.get("performance")));
        if (r.isMapped("management")) old.put("管理效率", number(r.get("management")));
        return new GroupScores(old);
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static BigDecimal number(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }
}
