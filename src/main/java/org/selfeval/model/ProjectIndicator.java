package org.selfeval.model;

/**
 * One 三级 indicator of a project's table as typed, with the 一级/二级 filled down from merged cells.
 * {@code nature} and {@code unit} are blank when the framework's table has no such column.
 */
public record ProjectIndicator(
        Text level1,
        Text level2,
        Text level3,
        Text nature,
        Text target,
        Text unit,
        Text actual,
        Num weight,
        Num score,
        Text deviation,
        CellRef row) {

    /** "产出指标/数量指标/新建高标准农田面积", how findings name it. */
    public String path() {
        return level1.value() + "/" + level2.value() + "/" + level3.value();
    }
}
