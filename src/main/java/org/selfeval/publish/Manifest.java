package org.selfeval.publish;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.selfeval.pipeline.Status;

/**
 * The output folder's memory of every processed submission ({@value #FILE_NAME}, CSV, UTF-8). Each change
 * rewrites the whole file through {@link AtomicFiles}, so a crash leaves either the old or the new manifest,
 * never a torn one. Changes are serialized: one instance is shared by every thread of a run.
 */
public final class Manifest {

    public static final String FILE_NAME = ".selfeval-manifest.csv";

    private static final String[] HEADER = {"hash", "source", "department", "year", "version", "status", "total",
            "grade", "performance", "management", "executionRate", "errors", "warnings", "report", "auditReport",
            "processedAt"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private final Path file;
    private final List<ManifestEntry> entries;

    private Manifest(Path file, List<ManifestEntry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Loads the manifest of output folder {@code out}; an absent file is an empty manifest. */
    public static Manifest load(Path out) throws IOException {
        Path file = out.resolve(FILE_NAME);
        List<ManifestEntry> entries = new ArrayList<>();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                         .parse(reader)) {
                for (CSVRecord r : parser) entries.add(parse(r));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new IOException("清单文件 " + file + " 已损坏（" + e.getMessage() + "）；请从备份恢复或改名后重新运行", e);
            }
        }
        return new Manifest(file, entries);
    }

    public synchronized List<ManifestEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized Optional<ManifestEntry> byHash(String hash) {
        return entries.stream().filter(e -> e.hash().equals(hash)).findFirst();
    }

    /** The next version number for a department-year's outputs (1 when it has none yet). */
    public synchronized int nextVersion(ReportNames names) {
        return entries.stream()
                .filter(e -> ReportNames.of(e.department(), e.year(), Path.of(e.source())).key().equals(names.key()))
                .mapToInt(ManifestEntry::version).max().orElse(0) + 1;
    }

    /** Adds an entry and writes the whole manifest atomically before returning. */
    public synchronized void add(ManifestEntry entry) throws IOException {
        entries.add(entry);
        try {
            AtomicFiles.write(file, render());
        } catch (IOException e) {
            entries.remove(entries.size() - 1);
            throw e;
        }
    }

    private byte[] render() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (ManifestEntry e : entries) {
                printer.printRecord(e.hash(), e.source(), e.department(), e.year(), e.version(), e.status().name(),
                        text(e.total()), e.grade(), text(e.performance()), text(e.management()),
                        text(e.executionRate()), e.errors(), e.warnings(), e.report(), e.auditReport(),
                        e.processedAt());
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ManifestEntry parse(CSVRecord r) {
        return new ManifestEntry(r.get("hash"), r.get("source"), r.get("department"), r.get("year"),
                Integer.parseInt(r.get("version")), Status.valueOf(r.get("status")), number(r.get("total")),
                r.get("grade"), number(r.get("performance")), number(r.get("management")),
                number(r.get("executionRate")), Long.parseLong(r.get("errors")), Long.parseLong(r.get("warnings")),
                r.get("report"), r.get("auditReport"), r.get("processedAt"));
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static BigDecimal number(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }
}
