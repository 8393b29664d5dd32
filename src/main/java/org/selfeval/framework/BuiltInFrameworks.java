package org.selfeval.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The frameworks shipped in the jar. Each is data: one UTF-8 CSV file per sheet of the framework
 * workbook under {@code org/selfeval/framework/<name>/}, read by the same {@link FrameworkReader}
 * as a bureau's workbook.
 */
public final class BuiltInFrameworks {

    /** The framework used when none is named. */
    public static final String DEFAULT = "guangzhou-2023";

    /** In list order. */
    public static final List<String> NAMES = List.of("guangzhou-2023", "caiyu-2020");

    private static final Map<String, String> FILES =
            Map.of(
                    FrameworkLayout.INFO,
                    "info.csv",
                    FrameworkLayout.TREE,
                    "tree.csv",
                    FrameworkLayout.INPUTS,
                    "inputs.csv",
                    FrameworkLayout.GRADES,
                    "grades.csv");
    private static final Map<String, Framework> LOADED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private BuiltInFrameworks() {}

    public static Framework defaultFramework() {
        return get(DEFAULT).orElseThrow();
    }

    /** Every built-in framework, in list order. */
    public static List<Framework> all() {
        return NAMES.stream().map(n -> get(n).orElseThrow()).toList();
    }

    /**
     * The 管理指标数据 items of every framework a submission may be scored against when {@code inEffect}
     * is the one in effect (it, or a built-in one the submission names): the reader spells typed
     * keys the canonical way; other items are kept as typed and matched by {@link
     * org.selfeval.model.NameKey} when scored.
     */
    public static List<String> managementItems(Framework inEffect) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(inEffect), all().stream())
                .flatMap(f -> f.managementItems().stream())
                .map(FormulaInput::item)
                .distinct()
                .toList();
    }

    public static Optional<Framework> get(String name) {
        if (!NAMES.contains(name)) return Optional.empty();
        return Optional.of(LOADED.computeIfAbsent(name, BuiltInFrameworks::load));
    }

    private static Framework load(String name) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String sheet : FrameworkLayout.SHEETS) {
            String resource = name + "/" + FILES.get(sheet);
            try (InputStream in = BuiltInFrameworks.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing resource " + resource);
                tables.put(sheet, csv(sheet, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FrameworkReader("内置指标体系 " + name, Set.of()).read(tables);
    }

    /**
     * A CSV file as a sheet: its first line the header, rows numbered as the workbook would number
     * them.
     */
    static Table csv(String sheet, Reader reader) throws IOException {
        try (CSVParser parser =
                CSVFormat.RFC4180
                        .builder()
                        .setCommentMarker('#')
                        .setIgnoreEmptyLines(true)
                        .get()
                        .parse(reader)) {
            List<CSVRecord> records = parser.getRecords();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : records.subList(1, records.size())) rows.add(r.toList());
            return FrameworkTables.table(sheet, records.get(0).toList(), rows);
        }
    }
}
