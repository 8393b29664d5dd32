package org.selfeval.model;

import java.util.List;
import java.util.Optional;

/**
 * The indicator framework (指标体系) a score card was scored against, as those who read the card need
 * it: its name for messages, its 一级 order, and which 二级 groups it leaves to the department.
 * Implemented by the framework package, so that the model does not depend on it.
 */
public interface IndicatorFramework {

    /** The short name used on the command line and in 基本信息 ({@code guangzhou-2023}). */
    String name();

    /** "广州市区级部门整体支出绩效评价指标体系", as documents name it in prose (without the short name). */
    String title();

    /**
     * "广州市区级部门整体支出绩效评价指标体系", as messages and reports name it: the title (the short name only where
     * a framework has no title).
     */
    String label();

    /** The 一级 names, in tree order (the summary's score columns). */
    List<String> level1Names();

    /**
     * Whether the framework leaves the 二级 group {@code level2} under {@code level1} to the
     * department's own targeted indicators (产出指标, 效益指标 …); empty when the framework does not name
     * that group.
     */
    Optional<Boolean> departmentOwn(String level1, String level2);
}
