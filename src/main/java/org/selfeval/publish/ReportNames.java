package org.selfeval.publish;

import java.nio.file.Path;
import org.selfeval.pipeline.DocumentName;

/**
 * Where a submission's outputs go and what they are called: {@code
 * <out>/<年度>/<部门名称>/<年度>年度<部门名称>部门整体支出绩效自评报告.docx}, {@code …自评校验报告.docx}, and likewise for every
 * other output format ({@link DocumentName}). An unknown department falls back to the source's
 * name, an unknown year to {@value #UNKNOWN_YEAR}. A {@code tag} ("-v2", or the source name when
 * two inputs of one convert share a department-year) goes just before the extension.
 */
public record ReportNames(String year, String department) {

    public static final String UNKNOWN_YEAR = "未知年度";
    static final int FILE_DEPARTMENT_LENGTH = 40;

    /** Safe names for the department and year, with fallbacks from the source's file name. */
    public static ReportNames of(String department, String year, Path source) {
        String stem = stem(source);
        String safeDepartment = SafeNames.of(department, SafeNames.of(stem, "未命名提交"));
        String safeYear = SafeNames.of(year, UNKNOWN_YEAR);
        return new ReportNames(safeYear, safeDepartment);
    }

    /**
     * The department-year key that decides whether two submissions compete for the same file names.
     */
    public String key() {
        return year + "/" + department;
    }

    public Path folder(Path out) {
        return out.resolve(year).resolve(department);
    }

    /** The file name of {@code document} under {@code tag}. */
    public String file(DocumentName document, String tag) {
        return SafeNames.of(prefix() + document.title() + tag, document.shortName() + tag)
                + "."
                + document.extension();
    }

    public String report(String tag) {
        return file(DocumentName.REPORT, tag);
    }

    public String auditReport(String tag) {
        return file(DocumentName.AUDIT_REPORT, tag);
    }

    /**
     * The department is cut to {@value #FILE_DEPARTMENT_LENGTH} characters in file names, so the
     * suffix that tells the report from the audit report (and the version tag) always survives, and
     * a name of Chinese characters stays under the 255-byte limit of Linux file names (3 bytes each
     * in UTF-8).
     */
    private String prefix() {
        String shortened =
                department.codePointCount(0, department.length()) <= FILE_DEPARTMENT_LENGTH
                        ? department
                        : department.substring(
                                0, department.offsetByCodePoints(0, FILE_DEPARTMENT_LENGTH));
        return UNKNOWN_YEAR.equals(year) ? shortened : year + "年度" + shortened;
    }

    /** File name without its extension (a folder's name as is). */
    public static String stem(Path source) {
        Path fileName = source.toAbsolutePath().normalize().getFileName();
        String name = fileName == null ? "" : fileName.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !java.nio.file.Files.isDirectory(source) ? name.substring(0, dot) : name;
    }

    /** "" for the first version, "-v2", "-v3" … after it. */
    public static String versionTag(int version) {
        return version <= 1 ? "" : "-v" + version;
    }
}
