package org.selfeval.summary;

import org.selfeval.pipeline.Status;

/** A roster department's state for the bureau, in the order that needs action first. */
public enum DepartmentStatus {
    BLOCKED("存在错误"),
    UNREADABLE("无法读取"),
    /**
     * Only files refused for their format came from it (filed in failed/ with the reason); one that
     * could not be read at all leaves it {@link #UNREADABLE}.
     */
    REFUSED("格式不支持"),
    MISSING("未报送"),
    CONVERTED("报告已生成");

    private final String label;

    DepartmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state a department's latest submission leaves it in. */
    static DepartmentStatus of(Status status) {
        return switch (status) {
            case CONVERTED -> CONVERTED;
            case BLOCKED -> BLOCKED;
            case UNREADABLE, INTERNAL_ERROR -> UNREADABLE;
        };
    }
}
