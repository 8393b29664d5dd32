package org.selfeval.framework;

/**
 * A column or a row of the 项目支出绩效自评表 as the framework names it: the part of the table (项目资金, 绩效指标),
 * what it means to the program (one of {@link ProjectColumn.Role}) and the label staff see (全年预算数,
 * or a province's 调整后预算数). Renaming a label changes the template, the reader and the report
 * together.
 */
public record ProjectColumn(Part part, Role role, String label) {

    /** The two tables of the form whose columns a bureau names. */
    public enum Part {
        FUNDS("项目资金"),
        INDICATORS("绩效指标");

        private final String word;

        Part(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** What a column or row means; the words are what the framework workbook's 含义 column holds. */
    public enum Role {
        INITIAL(Part.FUNDS, "年初预算"),
        BUDGET(Part.FUNDS, "预算"),
        EXECUTED(Part.FUNDS, "执行"),
        FUNDS_WEIGHT(Part.FUNDS, "分值"),
        RATE(Part.FUNDS, "执行率"),
        FUNDS_SCORE(Part.FUNDS, "得分"),
        TOTAL_ROW(Part.FUNDS, "总额行"),
        DETAIL_ROW(Part.FUNDS, "明细行"),
        LEVEL1(Part.INDICATORS, "一级指标"),
        LEVEL2(Part.INDICATORS, "二级指标"),
        LEVEL3(Part.INDICATORS, "三级指标"),
        NATURE(Part.INDICATORS, "指标性质"),
        TARGET(Part.INDICATORS, "年度指标值"),
        UNIT(Part.INDICATORS, "度量单位"),
        ACTUAL(Part.INDICATORS, "实际完成值"),
        WEIGHT(Part.INDICATORS, "分值"),
        SCORE(Part.INDICATORS, "得分"),
        DEVIATION(Part.INDICATORS, "偏差原因"),
        TOTAL_SCORE(Part.INDICATORS, "总分行");

        private final Part part;
        private final String word;

        Role(Part part, String word) {
            this.part = part;
            this.word = word;
        }

        public Part part() {
            return part;
        }

        public String word() {
            return word;
        }

        /**
         * Roles every project table must have; 指标性质 and 度量单位 are a province's choice, 明细行 may be
         * many.
         */
        public boolean required() {
            return this != NATURE && this != UNIT;
        }

        /** Roles that name a row of the table rather than a column. */
        public boolean row() {
            return this == TOTAL_ROW || this == DETAIL_ROW || this == TOTAL_SCORE;
        }
    }
}
