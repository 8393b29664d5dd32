package org.selfeval.evaluate.scoring;

/** The key of a 一级 ("履职效能/") or 二级 ("管理效率/资产管理") group. */
public final class IndicatorPath {

    private IndicatorPath() {}

    public static String of(String level1, String level2) {
        return level1 + "/" + (level2 == null ? "" : level2);
    }
}
