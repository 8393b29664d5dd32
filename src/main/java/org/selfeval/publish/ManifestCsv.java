package org.selfeval.publish;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.selfeval.pipeline.Status;

/**
 * The record as CSV: the manifest of earlier versions ({@value Manifest#LEGACY_FILE}, read once to
 * import it) and the readable export written beside the database ({@value Manifest#EXPORT_FILE}).
 * Reading is strict: a torn last line, an unterminated quote, a record of the wrong width or an
 * unparsable field is {@link RecordDamaged} with its line number — an old run dropped such lines
 * silently, and with them the history behind them.
 */
final class ManifestCsv {

    static final String[] HEADER = {
        "hash",
        "source",
        "department",
        "year",
        "version",
        "status",
        "total",
        "grade",
        "groups",
        "executionRate",
        "errors",
        "warnings",
        "report",
        "auditReport",
        "processedAt",
        "programVersion",
        "reportedTotal",
        "project",
        "sheet",
        "firstError"
    };
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private ManifestCsv() {}

    static List<ManifestEntry> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isEmpty()) throw new RecordDamaged(file, "文件为空", null);
        if (!text.endsWith("\r\n") && !text.endsWith("\n")) {
            throw new RecordDamaged(file, "第 " + text.lines().count() + " 行不完整（最后一行被截断）", null);
        }
        List<ManifestEntry> entries = new ArrayList<>();
        try (Reader reader = new StringReader(text);
                CSVParser parser =
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(reader)) {
            if (!parser.getHeaderMap().containsKey("hash")
                    || !parser.getHeaderMap().containsKey("status")) {
                throw new RecordDamaged(file, "第 1 行不是处理清单的表头", null);
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    if (!records.hasNext()) break;
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new RecordDamaged(file, "第 " + line + " 行起无法解析（引号未闭合或内容错乱）", e);
                }
                // a project's row of the export (see render) is not a submission's verdict
                if (r.isMapped("project") && r.isSet("project") && !r.get("project").isBlank())
                    continue;
                entries.add(parse(file, r));
            }
        } catch (IllegalArgumentException e) {
            throw new RecordDamaged(file, "表头无法解析：" + e.getMessage(), e);
        }
        return entries;
    }

    private static ManifestEntry parse(Path file, CSVRecord r) throws RecordDamaged {
        String where = "第 " + (r.getRecordNumber() + 1) + " 行";
        if (!r.isConsistent()) throw new RecordDamaged(file, where + "的列数与表头不符", null);
        for (String value : r) {
            // no field of a record holds a line break: one that does swallowed the lines after an
            // unclosed quote
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new RecordDamaged(file, where + "起引号未闭合，吞并了后面的行", null);
            }
        }
        try {
            if (r.get("hash").isBlank()) throw new IllegalArgumentException("hash 为空");
            return new ManifestEntry(
                    r.get("hash"),
                    r.get("source"),
                    r.get("department"),
                    r.get("year"),
                    Integer.parseInt(r.get("version")),
                    Status.valueOf(r.get("status")),
                    number(r.get("total")),
                    r.get("grade"),
                    groups(r),
                    number(r.get("executionRate")),
                    Long.parseLong(r.get("errors")),
                    Long.parseLong(r.get("warnings")),
                    r.get("report"),
                    r.get("auditReport"),
                    r.get("processedAt"),
                    r.isMapped("programVersion") ? r.get("programVersion") : "",
                    r.isMapped("reportedTotal") ? number(r.get("reportedTotal")) : null,
                    // an export written before first errors were kept has no such column
                    r.isMapped("firstError") ? r.get("firstError") : "");
        } catch (IllegalArgumentException e) {
            throw new RecordDamaged(file, where + "的内容无法识别：" + e.getMessage(), e);
        }
    }

    /**
     * The 一级 scores; a manifest written before frameworks existed kept guangzhou-2023's two in
     * columns of their own.
     */
    private static GroupScores groups(CSVRecord r) {
        if (r.isMapped("groups")) return GroupScores.parse(r.get("groups"));
        Map<String, BigDecimal> old = new LinkedHashMap<>();
        if (r.isMapped("performance")) old.put("履职效能", number(r.get("performance")));
        if (r.isMapped("management")) old.put("管理效率", number(r.get("management")));
        return new GroupScores(old);
    }

    /** The export: UTF-8 with a BOM, so Excel on a Chinese Windows opens it as such. */
    static byte[] render(List<ManifestEntry> records) throws IOException {
        return render(records, List.of());
    }

    /**
     * The export with each project's verdict after the submissions' verdicts: a row per project,
     * its name and sheet in the columns project and sheet, its 自评表 under report, its 执行率 under
     * executionRate. The last column, firstError, is a blocked (or unreadable) submission's or
     * project's first error.
     */
    static byte[] render(List<ManifestEntry> records, List<ProjectVerdict> projects)
            throws IOException {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (ManifestEntry e : records) {
                printer.printRecord(
                        e.hash(),
                        e.source(),
                        e.department(),
                        e.year(),
                        e.version(),
                        e.status().name(),
                        text(e.total()),
                        e.grade(),
                        e.groups().text(),
                        text(e.executionRate()),
                        e.errors(),
                        e.warnings(),
                        e.report(),
                        e.auditReport(),
                        e.processedAt(),
                        e.programVersion(),
                        text(e.reportedTotal()),
                        "",
                        "",
                        e.firstError());
            }
            for (ProjectVerdict p : projects) {
                printer.printRecord(
                        p.hash(),
                        p.source(),
                        p.department(),
                        p.year(),
                        0,
                        p.status().name(),
                        text(p.total()),
                        p.grade(),
                        "",
                        text(p.rate()),
                        p.errors(),
                        p.warnings(),
                        p.table(),
                        p.auditReport(),
                        p.processedAt(),
                        "",
                        "",
                        p.project(),
                        p.sheet(),
                        p.firstError());
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    static BigDecimal number(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }
}
