package org.selfeval.framework;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which project framework is in effect: {@code --framework} may name one (a built-in project
 * framework or a workbook whose 框架信息 says 类型 项目支出) — then departments keep their own default — and
 * each project sheet names the one its template was made for.
 */
public final class ProjectFrameworkSource {

    /**
     * The file name {@code run} looks for next to the inbox, as it looks for the department's
     * {@value FrameworkSource#NEARBY_FILE_NAME}.
     */
    public static final String NEARBY_FILE_NAME = "项目指标体系.xlsx";

    private ProjectFrameworkSource() {}

    /** A bureau's project framework workbook in {@code directory}, when there is one. */
    public static Optional<Path> nearby(Path directory) {
        if (directory == null) return Optional.empty();
        Path candidate = directory.resolve(NEARBY_FILE_NAME);
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** True when {@code spec} names a project framework rather than a department one. */
    public static boolean isProject(String spec) {
        if (spec == null || spec.isBlank()) return false;
        if (BuiltInProjectFrameworks.get(spec).isPresent()) return true;
        Path file = Path.of(spec.strip());
        return Files.isRegularFile(file) && ProjectFrameworkWorkbook.isProject(file);
    }

    /**
     * The project framework {@code spec} names, or the built-in national table when it names none
     * (or a department one).
     */
    public static ProjectFramework resolve(String spec) {
        if (!isProject(spec)) return BuiltInProjectFrameworks.defaultFramework();
        Optional<ProjectFramework> builtIn = BuiltInProjectFrameworks.get(spec);
        return builtIn.orElseGet(() -> ProjectFrameworkWorkbook.load(Path.of(spec.strip())));
    }

    /**
     * The framework a sheet is read and scored with, given its 指标体系 cell: the one in effect when
     * the cell names it or is blank, a built-in one it names (by id or title), else the one in
     * effect (the reader then warns that the sheet names an unknown framework).
     */
    public static ForSheets forSheets(ProjectFramework inEffect) {
        return new ForSheets(inEffect);
    }

    /**
     * {@link #forSheets}: a sheet's framework by its 指标体系 cell, knowing the one in effect (so the
     * audit can tell a sheet filled on another framework for the bureau's own year).
     */
    public static final class ForSheets implements Function<String, ProjectFramework> {

        private final ProjectFramework inEffect;

        private ForSheets(ProjectFramework inEffect) {
            this.inEffect = inEffect;
        }

        public ProjectFramework inEffect() {
            return inEffect;
        }

        @Override
        public ProjectFramework apply(String named) {
            if (named == null || named.isBlank() || inEffect.isNamed(named)) return inEffect;
            return BuiltInProjectFrameworks.all().stream()
                    .filter(f -> f.isNamed(named))
                    .findFirst()
                    .orElse(inEffect);
        }

        /**
         * True when the framework in effect is the bureau's own (read from its workbook, not built
         * in) and made for {@code year}: a project sheet of that year on any other framework is
         * then out of step with the bureau.
         */
        public boolean bureausOwnFor(String year) {
            return BuiltInProjectFrameworks.get(inEffect.name()).isEmpty()
                    && inEffect.year() != null
                    && !inEffect.year().isBlank()
                    && year != null
                    && inEffect.year().strip().equals(year.strip());
        }
    }

    /** Every project framework a reader may meet, for messages. */
    public static List<String> names(ProjectFramework inEffect) {
        return inEffect.name().equals(BuiltInProjectFrameworks.DEFAULT)
                ? BuiltInProjectFrameworks.NAMES
                : java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(inEffect.name()),
                                BuiltInProjectFrameworks.NAMES.stream())
                        .toList();
    }
}
