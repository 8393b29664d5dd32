package org.selfeval.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The project frameworks shipped in the jar, as data: one UTF-8 CSV file per sheet of the project
 * framework workbook under {@code org/selfeval/framework/<name>/}, read by the same reader as a
 * bureau's workbook.
 */
public final class BuiltInProjectFrameworks {

    /** The project framework used when none is named. */
    public static final String DEFAULT = "project-caiyu-2020";

    public static final List<String> NAMES = List.of(DEFAULT);
    private static final Map<String, String> FILES =
            Map.of(
                    FrameworkLayout.INFO,
                    "info.csv",
                    ProjectFrameworkLayout.TABLE,
                    "table.csv",
                    ProjectFrameworkLayout.TREE,
                    "tree.csv",
                    FrameworkLayout.GRADES,
                    "grades.csv",
                    ProjectFrameworkLayout.RULES,
                    "rules.csv");
    private static final Map<String, ProjectFramework> LOADED = new ConcurrentHashMap<>();

    private BuiltInProjectFrameworks() {}

    public static ProjectFramework defaultFramework() {
        return get(DEFAULT).orElseThrow();
    }

    public static List<ProjectFramework> all() {
        return NAMES.stream().map(n -> get(n).orElseThrow()).toList();
    }

    public static Optional<ProjectFramework> get(String name) {
        if (name == null || !NAMES.contains(name.strip())) return Optional.empty();
        return Optional.of(LOADED.computeIfAbsent(name.strip(), BuiltInProjectFrameworks::load));
    }

    private static ProjectFramework load(String name) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String sheet :
                Stream.concat(
                                ProjectFrameworkLayout.SHEETS.stream(),
                                Stream.of(ProjectFrameworkLayout.RULES))
                        .toList()) {
            String resource = name + "/" + FILES.get(sheet);
            try (InputStream in = BuiltInProjectFrameworks.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing resource " + resource);
                tables.put(
                        sheet,
                        BuiltInFrameworks.csv(
                                sheet, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ProjectFrameworkReader("内置项目指标体系 " + name).read(tables);
    }
}
