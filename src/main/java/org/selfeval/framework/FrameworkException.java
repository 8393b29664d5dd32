package org.selfeval.framework;

import java.util.List;

/**
 * A framework that cannot be used; each problem (Chinese) names the file, the sheet, the cell and
 * the fix.
 */
public final class FrameworkException extends RuntimeException {

    private final List<String> problems;

    public FrameworkException(String source, List<String> problems) {
        super(
                "指标体系文件 "
                        + source
                        + " 有 "
                        + problems.size()
                        + " 处需要修改：\n  "
                        + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
