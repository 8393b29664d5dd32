package org.selfeval.project;

import java.util.List;
import org.selfeval.model.CellRef;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingKind;
import org.selfeval.model.FindingKinds;
import org.selfeval.model.Severity;

/**
 * The kinds of finding the project audit reports, each with its Chinese name and default severity.
 */
public final class ProjectFindings {

    public static final FindingKind REQUIRED = new FindingKind("P-REQUIRED", "必填项", Severity.ERROR);
    public static final FindingKind FUNDS_SUM =
            new FindingKind("P-FUNDS-SUM", "资金合计复核", Severity.ERROR);
    public static final FindingKind FUNDS_BUDGET =
            new FindingKind("P-FUNDS-BUDGET", "预算数缺失", Severity.ERROR);
    public static final FindingKind FUNDS_RATE =
            new FindingKind("P-FUNDS-RATE", "执行率复核", Severity.WARNING);
    public static final FindingKind FUNDS_SCORE =
            new FindingKind("P-FUNDS-SCORE", "执行率得分复核", Severity.WARNING);
    public static final FindingKind LEVEL = new FindingKind("P-LEVEL", "指标层级", Severity.ERROR);
    public static final FindingKind WEIGHT = new FindingKind("P-WEIGHT", "分值复核", Severity.ERROR);
    public static final FindingKind SCORE_RANGE =
            new FindingKind("P-SCORE-RANGE", "得分超出分值", Severity.ERROR);
    public static final FindingKind RESCORE =
            new FindingKind("P-RESCORE", "得分重算", Severity.WARNING);
    public static final FindingKind DEVIATION =
            new FindingKind("P-DEVIATION", "偏差原因", Severity.WARNING);
    public static final FindingKind UNIT = new FindingKind("P-UNIT", "单位写在指标值中", Severity.INFO);
    public static final FindingKind TOTAL = new FindingKind("P-TOTAL", "总分复核", Severity.WARNING);
    public static final FindingKind RULE = new FindingKind("P-RULE", "评分规则", Severity.WARNING);

    /**
     * The bureau's own project framework for the sheet's year is in effect, and the sheet names
     * another one (the built-in table, another province's).
     */
    public static final FindingKind FRAMEWORK =
            new FindingKind("P-FRAMEWORK", "指标体系核对", Severity.WARNING);

    public static final List<FindingKind> ALL =
            List.of(
                    REQUIRED,
                    FUNDS_SUM,
                    FUNDS_BUDGET,
                    FUNDS_RATE,
                    FUNDS_SCORE,
                    LEVEL,
                    WEIGHT,
                    SCORE_RANGE,
                    RESCORE,
                    DEVIATION,
                    UNIT,
                    TOTAL,
                    RULE,
                    FRAMEWORK);

    private ProjectFindings() {}

    private static final FindingKinds NAMED = FindingKinds.of(ALL);

    /** The Chinese name of a project rule id, or the id itself. */
    public static String name(String ruleId) {
        return NAMED.name(ruleId);
    }

    static Finding of(
            FindingKind kind,
            CellRef at,
            String item,
            String expected,
            String found,
            String message) {
        return of(kind, kind.defaultSeverity(), at, item, expected, found, message);
    }

    static Finding of(
            FindingKind kind,
            Severity severity,
            CellRef at,
            String item,
            String expected,
            String found,
            String message) {
        return new Finding(kind.id(), severity, at, item, expected, found, message);
    }
}
