package org.selfeval.pipeline;

import java.util.Objects;

/**
 * What one output format's files are called: {@code <年度>年度<部门名称><title><tag>.<extension>} in {@code
 * <out>/<年度>/<部门名称>/}.
 *
 * @param id the format's name in code and logs ("report", "audit-report"); unique in a registry
 * @param title what follows the department in the file name, e.g. 部门整体支出绩效自评报告
 * @param shortName the file's name should the title ever be unusable, e.g. 报告
 * @param extension without the dot: "docx", "txt"
 */
public record DocumentName(String id, String title, String shortName, String extension) {

    /** The 部门整体支出绩效自评报告. */
    public static final DocumentName REPORT =
            new DocumentName("report", "部门整体支出绩效自评报告", "报告", "docx");

    /** The 校验报告: findings and scores. */
    public static final DocumentName AUDIT_REPORT =
            new DocumentName("audit-report", "部门整体支出绩效自评校验报告", "校验报告", "docx");

    public DocumentName {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(shortName);
        if (extension == null || extension.isEmpty() || extension.startsWith("."))
            throw new IllegalArgumentException("extension without its dot: " + extension);
    }
}
