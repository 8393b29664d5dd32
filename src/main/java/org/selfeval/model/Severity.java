package org.selfeval.model;

/** How serious a finding is. {@link #ERROR} blocks the Word report of its submission. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** How many of {@code findings} have this severity. */
    public long countIn(java.util.Collection<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == this).count();
    }

    /** The Chinese word staff see: 错误, 警告, 提示. */
    public String label() {
        return label;
    }

    public static Severity fromLabel(String label) {
        for (Severity s : values()) {
            if (s.label.equals(label) || s.name().equalsIgnoreCase(label)) return s;
        }
        throw new IllegalArgumentException("未知的严重程度：" + label + "（应为 错误、警告 或 提示）");
    }
}
