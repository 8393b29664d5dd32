package org.selfeval.model;

/**
 * One row of 绩效指标, as typed: 一级指标 · 二级指标 · 三级指标 · 指标内容 · 指标性质 · 年度指标值 · 计量单位 · 实际完成值 · 分值 · 评分方法 ·
 * 自评得分 · 完成情况说明. Targets and actuals stay text ("不少于150台", "94.68%", "2023年12月10日前"); scoring
 * parses them. For a SUBTOTAL of a 一级 group {@code level2} is blank; for the TOTAL {@code level1}
 * reads 合计. Blank 一级/二级 cells of a leaf are filled down from the rows above by the reader (merged
 * cells).
 *
 * @param row the first cell of the row (e.g. {@code 绩效指标!A7}), for findings about the whole row
 */
public record IndicatorRow(
        IndicatorRowKind kind,
        Text level1,
        Text level2,
        Text level3,
        Text content,
        Text nature,
        Text target,
        Text unit,
        Text actual,
        Num weight,
        Text method,
        Num selfScore,
        Text explanation,
        CellRef row) {

    /** The name staff know the indicator by: 指标内容, else 三级指标, else 二级指标. */
    public String name() {
        if (!content.isBlank() && kind == IndicatorRowKind.LEAF) return content.value();
        if (!level3.isBlank()) return level3.value();
        return level2.value();
    }
}
