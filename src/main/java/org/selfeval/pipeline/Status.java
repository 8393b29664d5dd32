package org.selfeval.pipeline;

/** How one submission ended. */
public enum Status {
    /** report and audit report written. */
    CONVERTED("报告已生成"),
    /** a 错误 finding blocked the report; only the audit report was written. */
    BLOCKED("存在错误，未生成报告"),
    /** the files could not be read into a submission at all. */
    UNREADABLE("无法读取"),
    /** something went wrong inside selfeval; the submission is kept for a rerun. */
    INTERNAL_ERROR("程序内部错误");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
