package org.selfeval.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.selfeval.ingest.grid.ReadLimits;
import org.selfeval.model.CellRef;

/**
 * The files that make a submission: the file itself, or the workbooks and CSV files of a folder
 * (sorted by name). Lock and temporary files of Excel/WPS/LibreOffice ({@code ~$*}, {@code
 * .~lock.*#}) and hidden files are skipped silently; other files get a 提示.
 */
final class SourceFiles {

    private SourceFiles() {}

    static boolean isSpreadsheet(Path file) {
        String ext = extension(file);
        return ext.equals("xlsx") || ext.equals("xlsm") || ext.equals("xls");
    }

    static boolean isCsv(Path file) {
        return extension(file).equals("csv");
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean isLockOrHidden(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith("~$")
                || name.startsWith(".")
                || name.startsWith("~") && name.endsWith(".tmp")) return true;
        try {
            return Files.isHidden(file);
        } catch (IOException e) {
            return false;
        }
    }

    static List<Path> inFolder(Path folder, FindingSink sink) {
        List<Path> all;
        try (Stream<Path> s = Files.list(folder)) {
            all = s.sorted().toList();
        } catch (IOException e) {
            sink.error(
                    "READ-FOLDER",
                    CellRef.file(name(folder)),
                    "",
                    "",
                    "",
                    "无法读取文件夹“"
                            + name(folder)
                            + "”（"
                            + e.getClass().getSimpleName()
                            + "）。请检查文件夹权限。");
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (Path p : all) {
            if (isLockOrHidden(p) || !Files.isRegularFile(p)) continue;
            if (!isSpreadsheet(p) && !isCsv(p)) {
                sink.info(
                        "READ-IGNORED",
                        CellRef.file(name(p)),
                        "",
                        "文件“" + name(p) + "”不是工作簿（.xlsx/.xlsm/.xls）或 CSV 文件，已忽略。");
                continue;
            }
            if (files.size() == ReadLimits.MAX_FILES) {
                sink.error(
                        "READ-TOO-MANY-FILES",
                        CellRef.file(name(folder)),
                        "",
                        "不超过 " + ReadLimits.MAX_FILES + " 个",
                        "",
                        "文件夹“"
                                + name(folder)
                                + "”中的工作簿和 CSV 文件超过 "
                                + ReadLimits.MAX_FILES
                                + " 个，其余未读取。");
                break;
            }
            files.add(p);
        }
        if (files.isEmpty()) {
            sink.error(
                    "READ-NO-FILES",
                    CellRef.file(name(folder)),
                    "",
                    "",
                    "",
                    "文件夹“" + name(folder) + "”中没有工作簿（.xlsx/.xlsm/.xls）或 CSV 文件。请放入填好的模板。");
        }
        return files;
    }

    static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? p.toString() : n.toString();
    }
}
