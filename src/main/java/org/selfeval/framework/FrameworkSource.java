package org.selfeval.framework;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where the framework in effect comes from: a built-in name, a workbook file, or the workbook a
 * bureau placed next to the inbox.
 */
public final class FrameworkSource {

    /** The file name {@code run} looks for next to the inbox (as {@code selfeval.properties}). */
    public static final String NEARBY_FILE_NAME = "指标体系.xlsx";

    private FrameworkSource() {}

    /**
     * @param spec a built-in name ({@code caiyu-2020}), a framework workbook's path, or null for
     *     the default
     * @param knownMethods the 评分方法 the engine has, to check the workbook's
     */
    public static Framework resolve(String spec, Collection<String> knownMethods) {
        if (spec == null || spec.isBlank()) return BuiltInFrameworks.defaultFramework();
        Optional<Framework> builtIn = BuiltInFrameworks.get(spec.strip());
        if (builtIn.isPresent()) return builtIn.get();
        Path file = Path.of(spec.strip());
        if (!Files.exists(file)) {
            throw new FrameworkException(
                    spec,
                    List.of(
                            "既不是内置指标体系的名称（"
                                    + String.join("、", BuiltInFrameworks.NAMES)
                                    + "），也不是存在的文件：请检查名称或路径；selfeval framework list 列出内置指标体系。"));
        }
        return FrameworkWorkbook.load(file, knownMethods);
    }

    /** A bureau's framework workbook in {@code directory}, when there is one. */
    public static Optional<Path> nearby(Path directory) {
        if (directory == null) return Optional.empty();
        Path candidate = directory.resolve(NEARBY_FILE_NAME);
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
